using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>
/// The receiving register: received files and Berrefnrs, employers, employees, employments and absence cases with
/// their applied messages, per account. Its own context and migrations history (<c>__ReceivingMigrationsHistory</c>)
/// in the gateway's database, so it evolves apart from <see cref="Core.Persistence.GatewayDbContext"/>. One model for
/// both providers; each provider has its own context type for its migrations.
/// </summary>
public abstract class ReceivingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ReceivedFileRecord> Files => Set<ReceivedFileRecord>();

    public DbSet<ReceivedBerrefnr> Berrefnrs => Set<ReceivedBerrefnr>();

    public DbSet<RegisteredEmployer> Employers => Set<RegisteredEmployer>();

    public DbSet<RegisteredEmployee> Employees => Set<RegisteredEmployee>();

    public DbSet<RegisteredEmployment> Employments => Set<RegisteredEmployment>();

    public DbSet<AbsenceCase> AbsenceCases => Set<AbsenceCase>();

    public DbSet<AbsenceCaseMessage> AbsenceMessages => Set<AbsenceCaseMessage>();

    public DbSet<Retourmeldingen.PendingRetourmelding> PendingRetourmeldingen => Set<Retourmeldingen.PendingRetourmelding>();

    /// <summary>The processing report of every run that saw files or new intake problems.</summary>
    public DbSet<Reports.ProcessingReport> Reports => Set<Reports.ProcessingReport>();

    /// <summary>The public key issued to each hosted receiving account's partner.</summary>
    public DbSet<Hosted.HostedLogin> HostedLogins => Set<Hosted.HostedLogin>();

    /// <summary>How each intake step of each account last went (readiness, operators).</summary>
    public DbSet<Intake.IntakeStepStatus> IntakeStatus => Set<Intake.IntakeStepStatus>();

    /// <summary>The gateway's outbox (its table, created by the gateway's migrations): an applied message's event is written in the register's transaction.</summary>
    public DbSet<Core.Outbox.OutboxEvent> OutboxEvents => Set<Core.Outbox.OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedFileRecord>(e =>
        {
            e.ToTable("ReceivingFiles");
            e.HasIndex(f => new { f.Account, f.Status });
            e.HasIndex(f => new { f.Account, f.WaitingEmployerId, f.WaitingCaseId });
            // a file's earlier copy is looked up by its Berrefnr for every file received (RegisterSession.EarlierCopyAsync)
            e.HasIndex(f => new { f.Account, f.Berrefnr });
        });
        modelBuilder.Entity<ReceivedBerrefnr>(e =>
        {
            e.ToTable("ReceivingBerrefnrs");
            e.HasKey(b => new { b.Account, b.Berrefnr });
        });
        modelBuilder.Entity<RegisteredEmployer>(e =>
        {
            e.ToTable("ReceivingEmployers");
            e.HasKey(x => new { x.Account, x.EmployerId });
        });
        modelBuilder.Entity<RegisteredEmployee>(e =>
        {
            e.ToTable("ReceivingEmployees");
            e.HasKey(x => new { x.Account, x.EmployerId, x.IdWrknmr });
        });
        modelBuilder.Entity<RegisteredEmployment>(e =>
        {
            e.ToTable("ReceivingEmployments");
            e.HasKey(x => new { x.Account, x.EmployerId, x.IdDnstvbnd });
        });
        modelBuilder.Entity<AbsenceCase>(e =>
        {
            e.ToTable("ReceivingAbsenceCases");
            e.HasIndex(c => new { c.Account, c.EmployerId, c.VrzmgvlId }).IsUnique();
            e.HasIndex(c => new { c.Account, c.IdWrknmr });
        });
        modelBuilder.Entity<AbsenceCaseMessage>(e =>
        {
            e.ToTable("ReceivingAbsenceMessages");
            e.HasIndex(m => new { m.CaseId, m.Sequence }).IsUnique();
        });
        modelBuilder.Entity<Retourmeldingen.PendingRetourmelding>(e =>
        {
            e.ToTable("ReceivingPendingRetourmeldingen");
            e.HasIndex(r => r.Account);
            e.HasIndex(r => new { r.Account, r.DeliveredUtc });
            e.HasIndex(r => r.FileId);
        });
        modelBuilder.Entity<Reports.ProcessingReport>(e =>
        {
            e.ToTable("ReceivingReports");
            e.HasIndex(r => new { r.Account, r.AtUtc });
        });
        modelBuilder.Entity<Hosted.HostedLogin>(e =>
        {
            e.ToTable("ReceivingHostedLogins");
            e.HasKey(l => l.Account);
        });
        modelBuilder.Entity<Intake.IntakeStepStatus>(e =>
        {
            e.ToTable("ReceivingIntakeStatus");
            e.HasKey(x => new { x.Account, x.Step, x.Folder, x.Filter });
        });
        modelBuilder.Entity<Core.Outbox.OutboxEvent>(e => e.ToTable("OutboxEvents", t => t.ExcludeFromMigrations()));
    }
}

public sealed class SqliteReceivingDbContext(DbContextOptions<SqliteReceivingDbContext> options) : ReceivingDbContext(options);

public sealed class PostgresReceivingDbContext(DbContextOptions<PostgresReceivingDbContext> options) : ReceivingDbContext(options);

using Gateway.Core.Coordination;
using Gateway.Core.Employers;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Persistence;

/// <summary>
/// The gateway's database. One model for both providers; each provider has its own migrations
/// (<see cref="SqliteGatewayDbContext"/>, <see cref="PostgresGatewayDbContext"/>). Table and column names are
/// quoted identically on both, so the hand-written SQL of hot paths runs on either.
/// </summary>
public abstract class GatewayDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConnectorRecordState> ConnectorRecords => Set<ConnectorRecordState>();

    public DbSet<SourceMutation> SourceMutations => Set<SourceMutation>();

    public DbSet<PullRun> PullRuns => Set<PullRun>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<UitvalEntry> Uitval => Set<UitvalEntry>();

    public DbSet<Lease> Leases => Set<Lease>();

    public DbSet<Ledger.LedgerMessage> LedgerMessages => Set<Ledger.LedgerMessage>();

    public DbSet<Accounts.AccountState> AccountStates => Set<Accounts.AccountState>();

    public DbSet<Audit.AuditEntry> AuditLog => Set<Audit.AuditEntry>();

    public DbSet<Outbox.OutboxEvent> OutboxEvents => Set<Outbox.OutboxEvent>();

    public DbSet<Ledger.CaseSequence> CaseSequences => Set<Ledger.CaseSequence>();

    public DbSet<Ledger.ConversionCursor> ConversionCursors => Set<Ledger.ConversionCursor>();

    public DbSet<Sessions.AdminSession> AdminSessions => Set<Sessions.AdminSession>();

    public DbSet<Outages.PartnerOutage> PartnerOutages => Set<Outages.PartnerOutage>();

    public DbSet<Scheduling.ScheduledJob> ScheduledJobs => Set<Scheduling.ScheduledJob>();

    public DbSet<Pulls.PendingPull> PendingPulls => Set<Pulls.PendingPull>();

    public DbSet<Incoming.IncomingMessage> IncomingMessages => Set<Incoming.IncomingMessage>();

    public DbSet<Incoming.IncomingItem> IncomingItems => Set<Incoming.IncomingItem>();

    public DbSet<PartnerSending.OutgoingPartnerMessage> OutgoingPartnerMessages => Set<PartnerSending.OutgoingPartnerMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConnectorRecordState>(e =>
        {
            e.ToTable("ConnectorRecords");
            e.HasKey(r => new { r.Integration, r.Connector, r.RecordKey });
            e.HasIndex(r => new { r.Integration, r.Connector, r.SubjectKey });
            e.Property(r => r.Hash).HasMaxLength(16);
        });
        modelBuilder.Entity<SourceMutation>(e =>
        {
            e.ToTable("SourceMutations");
            e.HasIndex(m => new { m.Integration, m.Connector, m.ProcessedUtc });
            e.HasIndex(m => m.PullRunId);
        });
        modelBuilder.Entity<PullRun>(e =>
        {
            e.ToTable("PullRuns");
            e.HasIndex(p => new { p.Integration, p.Connector, p.StartedUtc });
        });
        modelBuilder.Entity<Employer>(e =>
        {
            e.ToTable("Employers");
            e.HasKey(x => new { x.Integration, x.Code });
        });
        modelBuilder.Entity<UitvalEntry>(e =>
        {
            e.ToTable("Uitval");
            e.HasIndex(u => new { u.Integration, u.Connector, u.RecordKey, u.Status });
            e.HasIndex(u => new { u.Account, u.Status });
        });
        modelBuilder.Entity<Lease>(e =>
        {
            e.ToTable("Leases");
            e.HasKey(l => l.Name);
        });
        modelBuilder.Entity<Ledger.LedgerMessage>(e =>
        {
            e.ToTable("LedgerMessages");
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => m.Berrefnr).IsUnique();
            e.HasIndex(m => new { m.Account, m.State, m.Id });
            e.HasIndex(m => new { m.Account, m.CaseKey, m.Id });
            // the dashboard's charts read the last 30 days of messages made and answered
            e.HasIndex(m => m.CreatedUtc);
            e.HasIndex(m => m.AcknowledgedUtc);
        });
        modelBuilder.Entity<Accounts.AccountState>(e =>
        {
            e.ToTable("AccountStates");
            e.HasKey(a => a.Account);
        });
        modelBuilder.Entity<Audit.AuditEntry>(e => e.ToTable("AuditLog"));
        modelBuilder.Entity<Outbox.OutboxEvent>(e => e.ToTable("OutboxEvents"));
        modelBuilder.Entity<Ledger.ConversionCursor>(e =>
        {
            e.ToTable("ConversionCursors");
            e.HasKey(c => c.Account);
            // a batch commits only if the cursor is where it was read: two converters of one account never both commit
            e.Property(c => c.LastMutationId).IsConcurrencyToken();
        });
        modelBuilder.Entity<Outages.PartnerOutage>(e =>
        {
            e.ToTable("PartnerOutages");
            e.HasKey(o => o.Account);
        });
        modelBuilder.Entity<Ledger.CaseSequence>(e =>
        {
            e.ToTable("CaseSequences");
            e.HasKey(c => new { c.Account, c.CaseKey });
        });
        modelBuilder.Entity<Sessions.AdminSession>(e =>
        {
            e.ToTable("AdminSessions");
            e.Property(s => s.Id).HasMaxLength(64);
            e.HasIndex(s => s.ExpiresUtc);
        });
        modelBuilder.Entity<Scheduling.ScheduledJob>(e =>
        {
            e.ToTable("ScheduledJobs");
            e.HasKey(j => j.Name);
        });
        modelBuilder.Entity<Pulls.PendingPull>(e =>
        {
            e.ToTable("PendingPulls");
            e.HasIndex(p => new { p.Integration, p.Connector, p.Status });
        });
        modelBuilder.Entity<Incoming.IncomingMessage>(e =>
        {
            e.ToTable("IncomingMessages");
            e.HasIndex(m => new { m.Account, m.Berrefnr });
        });
        modelBuilder.Entity<Incoming.IncomingItem>(e =>
        {
            e.ToTable("IncomingItems");
            e.HasIndex(i => new { i.Account, i.DossierState, i.Id });
            e.HasIndex(i => new { i.Account, i.EmployeeId });
            e.HasIndex(i => i.IncomingMessageId);
        });
        modelBuilder.Entity<PartnerSending.OutgoingPartnerMessage>(e =>
        {
            e.ToTable("OutgoingPartnerMessages");
            e.HasIndex(m => new { m.Account, m.State, m.Id });
            e.HasIndex(m => new { m.Account, m.Berrefnr });
        });
    }
}

public sealed class SqliteGatewayDbContext(DbContextOptions<SqliteGatewayDbContext> options) : GatewayDbContext(options);

public sealed class PostgresGatewayDbContext(DbContextOptions<PostgresGatewayDbContext> options) : GatewayDbContext(options);

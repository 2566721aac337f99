using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>
/// The receiving register's first schema, written once for both providers: column types are left to each provider's
/// type mapping and identity columns carry both providers' annotations (each ignores the other's).
/// </summary>
internal static class ReceivingRegisterSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("ReceivingFiles", t => new
        {
            Id = Identity(t),
            Account = t.Column<string>(nullable: false),
            FileName = t.Column<string>(nullable: false),
            ImportConfiguration = t.Column<string>(nullable: true),
            MessageType = t.Column<string>(nullable: true),
            Release = t.Column<string>(nullable: true),
            Berrefnr = t.Column<string>(nullable: true),
            Status = t.Column<int>(nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            CompletedUtc = t.Column<DateTime>(nullable: true),
            Content = t.Column<byte[]>(nullable: true),
            Errors = t.Column<string>(nullable: true),
            WaitingEmployerId = t.Column<string>(nullable: true),
            WaitingCaseId = t.Column<string>(nullable: true),
            WaitingSequence = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ReceivingFiles", x => x.Id));
        b.CreateIndex("IX_ReceivingFiles_Account_Status", "ReceivingFiles", ["Account", "Status"]);
        b.CreateIndex("IX_ReceivingFiles_Account_WaitingEmployerId_WaitingCaseId", "ReceivingFiles", ["Account", "WaitingEmployerId", "WaitingCaseId"]);

        b.CreateTable("ReceivingBerrefnrs", t => new
        {
            Account = t.Column<string>(nullable: false),
            Berrefnr = t.Column<string>(nullable: false),
            FileId = t.Column<long>(nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingBerrefnrs", x => new { x.Account, x.Berrefnr }));

        b.CreateTable("ReceivingEmployers", t => new
        {
            Account = t.Column<string>(nullable: false),
            EmployerId = t.Column<string>(nullable: false),
            Lhnr = t.Column<string>(nullable: true),
            KvK = t.Column<string>(nullable: true),
            Name = t.Column<string>(nullable: true),
            FirstSeenUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingEmployers", x => new { x.Account, x.EmployerId }));

        b.CreateTable("ReceivingEmployees", t => new
        {
            Account = t.Column<string>(nullable: false),
            EmployerId = t.Column<string>(nullable: false),
            IdWrknmr = t.Column<string>(nullable: false),
            Source = t.Column<int>(nullable: false),
            FirstSeenUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingEmployees", x => new { x.Account, x.EmployerId, x.IdWrknmr }));

        b.CreateTable("ReceivingEmployments", t => new
        {
            Account = t.Column<string>(nullable: false),
            EmployerId = t.Column<string>(nullable: false),
            IdDnstvbnd = t.Column<string>(nullable: false),
            IdWrknmr = t.Column<string>(nullable: false),
            StartDate = t.Column<DateOnly>(nullable: true),
            EndDate = t.Column<DateOnly>(nullable: true),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingEmployments", x => new { x.Account, x.EmployerId, x.IdDnstvbnd }));

        b.CreateTable("ReceivingAbsenceCases", t => new
        {
            Id = Identity(t),
            Account = t.Column<string>(nullable: false),
            EmployerId = t.Column<string>(nullable: false),
            VrzmgvlId = t.Column<string>(nullable: false),
            IdWrknmr = t.Column<string>(nullable: false),
            IdDnstvbnd = t.Column<string>(nullable: true),
            Status = t.Column<int>(nullable: false),
            LastSequence = t.Column<int>(nullable: true),
            LastVrwrkCd = t.Column<string>(nullable: true),
            FirstSickDay = t.Column<DateOnly>(nullable: true),
            RecoveredOn = t.Column<DateOnly>(nullable: true),
            SiviClassification = t.Column<int>(nullable: true),
            ReceiverClassification = t.Column<string>(nullable: true),
            Source = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingAbsenceCases", x => x.Id));
        b.CreateIndex("IX_ReceivingAbsenceCases_Account_EmployerId_VrzmgvlId", "ReceivingAbsenceCases", ["Account", "EmployerId", "VrzmgvlId"], unique: true);

        b.CreateTable("ReceivingAbsenceMessages", t => new
        {
            Id = Identity(t),
            CaseId = t.Column<long>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            VrwrkCd = t.Column<string>(nullable: false),
            Berrefnr = t.Column<string>(nullable: false),
            FileId = t.Column<long>(nullable: false),
            AppliedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingAbsenceMessages", x => x.Id));
        b.CreateIndex("IX_ReceivingAbsenceMessages_CaseId_Sequence", "ReceivingAbsenceMessages", ["CaseId", "Sequence"], unique: true);
    }

    public static void Down(MigrationBuilder b)
    {
        foreach (var table in new[] { "ReceivingAbsenceMessages", "ReceivingAbsenceCases", "ReceivingEmployments", "ReceivingEmployees", "ReceivingEmployers", "ReceivingBerrefnrs", "ReceivingFiles" })
        {
            b.DropTable(table);
        }
    }

    /// <summary>An identity column both providers generate (each ignores the other's annotation).</summary>
    public static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>The message ledger, account state, audit log, event outbox and case sequences (issue 6).</summary>
internal static class LedgerSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("LedgerMessages", t => new
        {
            Id = Identity(t),
            MessageId = t.Column<Guid>(nullable: false),
            Account = t.Column<string>(nullable: false),
            MessageType = t.Column<string>(nullable: false),
            Release = t.Column<string>(nullable: false),
            CaseKey = t.Column<string>(nullable: false),
            Berrefnr = t.Column<string>(nullable: false),
            FileName = t.Column<string>(nullable: false),
            State = t.Column<int>(nullable: false),
            Body = t.Column<byte[]>(nullable: false),
            BodyLength = t.Column<int>(nullable: false),
            SourceMutationId = t.Column<long>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            StateChangedUtc = t.Column<DateTime>(nullable: false),
            DeliveredUtc = t.Column<DateTime>(nullable: true),
            AcknowledgedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_LedgerMessages", x => x.Id));
        b.CreateIndex("IX_LedgerMessages_MessageId", "LedgerMessages", "MessageId", unique: true);
        b.CreateIndex("IX_LedgerMessages_Berrefnr", "LedgerMessages", "Berrefnr", unique: true);
        b.CreateIndex("IX_LedgerMessages_Account_State_Id", "LedgerMessages", ["Account", "State", "Id"]);
        b.CreateIndex("IX_LedgerMessages_Account_CaseKey_Id", "LedgerMessages", ["Account", "CaseKey", "Id"]);

        b.CreateTable("AccountStates", t => new
        {
            Account = t.Column<string>(nullable: false),
            Blocked = t.Column<bool>(nullable: false),
            ChangedUtc = t.Column<DateTime>(nullable: true),
            ChangedBy = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AccountStates", x => x.Account));

        b.CreateTable("AuditLog", t => new
        {
            Id = Identity(t),
            AtUtc = t.Column<DateTime>(nullable: false),
            User = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            Target = t.Column<string>(nullable: false),
            Reason = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AuditLog", x => x.Id));

        b.CreateTable("OutboxEvents", t => new
        {
            Id = Identity(t),
            Type = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_OutboxEvents", x => x.Id));

        b.CreateTable("CaseSequences", t => new
        {
            Account = t.Column<string>(nullable: false),
            CaseKey = t.Column<string>(nullable: false),
            Last = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CaseSequences", x => new { x.Account, x.CaseKey }));
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropTable("CaseSequences");
        b.DropTable("OutboxEvents");
        b.DropTable("AuditLog");
        b.DropTable("AccountStates");
        b.DropTable("LedgerMessages");
    }

    /// <summary>A long key the database numbers, on either provider.</summary>
    internal static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

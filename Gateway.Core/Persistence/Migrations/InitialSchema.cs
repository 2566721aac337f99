using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>
/// The first schema, written once for both providers: column types are left to each provider's type mapping and
/// identity columns carry both providers' annotations (each ignores the other's).
/// </summary>
internal static class InitialSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("ConnectorRecords", t => new
        {
            Integration = t.Column<string>(nullable: false),
            Connector = t.Column<string>(nullable: false),
            RecordKey = t.Column<string>(nullable: false),
            EmployerCode = t.Column<string>(nullable: true),
            SubjectKey = t.Column<string>(nullable: true),
            Hash = t.Column<byte[]>(maxLength: 16, nullable: false),
            Fields = t.Column<string>(nullable: false),
            FirstSeenUtc = t.Column<DateTime>(nullable: false),
            LastChangedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ConnectorRecords", x => new { x.Integration, x.Connector, x.RecordKey }));
        b.CreateIndex("IX_ConnectorRecords_Integration_Connector_SubjectKey", "ConnectorRecords", ["Integration", "Connector", "SubjectKey"]);

        b.CreateTable("SourceMutations", t => new
        {
            Id = Identity(t),
            PullRunId = t.Column<long>(nullable: false),
            Integration = t.Column<string>(nullable: false),
            Connector = t.Column<string>(nullable: false),
            RecordKey = t.Column<string>(nullable: false),
            EmployerCode = t.Column<string>(nullable: true),
            SubjectKey = t.Column<string>(nullable: true),
            Kind = t.Column<int>(nullable: false),
            ChangedFields = t.Column<string>(nullable: true),
            Fields = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ProcessedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SourceMutations", x => x.Id));
        b.CreateIndex("IX_SourceMutations_Integration_Connector_ProcessedUtc", "SourceMutations", ["Integration", "Connector", "ProcessedUtc"]);
        b.CreateIndex("IX_SourceMutations_PullRunId", "SourceMutations", "PullRunId");

        b.CreateTable("PullRuns", t => new
        {
            Id = Identity(t),
            Integration = t.Column<string>(nullable: false),
            Connector = t.Column<string>(nullable: false),
            StartedUtc = t.Column<DateTime>(nullable: false),
            FinishedUtc = t.Column<DateTime>(nullable: true),
            Status = t.Column<int>(nullable: false),
            Filtered = t.Column<bool>(nullable: false),
            Rows = t.Column<int>(nullable: false),
            New = t.Column<int>(nullable: false),
            Changed = t.Column<int>(nullable: false),
            Gone = t.Column<int>(nullable: false),
            Unchanged = t.Column<int>(nullable: false),
            SkippedInactive = t.Column<int>(nullable: false),
            Uitval = t.Column<int>(nullable: false),
            Error = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PullRuns", x => x.Id));
        b.CreateIndex("IX_PullRuns_Integration_Connector_StartedUtc", "PullRuns", ["Integration", "Connector", "StartedUtc"]);

        b.CreateTable("Employers", t => new
        {
            Integration = t.Column<string>(nullable: false),
            Code = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Active = t.Column<bool>(nullable: false),
            FirstSeenUtc = t.Column<DateTime>(nullable: false),
            ActivatedUtc = t.Column<DateTime>(nullable: true),
            ActivatedBy = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Employers", x => new { x.Integration, x.Code }));

        b.CreateTable("Uitval", t => new
        {
            Id = Identity(t),
            Integration = t.Column<string>(nullable: false),
            Stage = t.Column<int>(nullable: false),
            Connector = t.Column<string>(nullable: false),
            RecordKey = t.Column<string>(nullable: true),
            Field = t.Column<string>(nullable: true),
            Reason = t.Column<string>(nullable: false),
            SchemaError = t.Column<string>(nullable: true),
            Status = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ResolvedUtc = t.Column<DateTime>(nullable: true),
            ResolvedBy = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Uitval", x => x.Id));
        b.CreateIndex("IX_Uitval_Integration_Connector_RecordKey_Status", "Uitval", ["Integration", "Connector", "RecordKey", "Status"]);

        b.CreateTable("Leases", t => new
        {
            Name = t.Column<string>(nullable: false),
            Holder = t.Column<string>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Leases", x => x.Name));
    }

    public static void Down(MigrationBuilder b)
    {
        foreach (var table in new[] { "Leases", "Uitval", "Employers", "PullRuns", "SourceMutations", "ConnectorRecords" })
        {
            b.DropTable(table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}

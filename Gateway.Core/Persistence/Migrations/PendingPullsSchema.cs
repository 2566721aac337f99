using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Pulls the mass-change guard held for an admin's decision (issue 17).</summary>
internal static class PendingPullsSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("PendingPulls", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Integration = t.Column<string>(nullable: false),
            Connector = t.Column<string>(nullable: false),
            PullRunId = t.Column<long>(nullable: false),
            HeldUtc = t.Column<DateTime>(nullable: false),
            Known = t.Column<int>(nullable: false),
            New = t.Column<int>(nullable: false),
            Changed = t.Column<int>(nullable: false),
            Gone = t.Column<int>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            Status = t.Column<int>(nullable: false),
            DecidedBy = t.Column<string>(nullable: true),
            DecidedUtc = t.Column<DateTime>(nullable: true),
            Decision = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PendingPulls", x => x.Id));
        b.CreateIndex("IX_PendingPulls_Integration_Connector_Status", "PendingPulls", ["Integration", "Connector", "Status"]);
    }

    public static void Down(MigrationBuilder b) => b.DropTable("PendingPulls");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Scheduled jobs' progress, so a run missed while the service was down is caught up (issue 17).</summary>
internal static class ScheduledJobsSchema
{
    public static void Up(MigrationBuilder b) =>
        b.CreateTable("ScheduledJobs", t => new
        {
            Name = t.Column<string>(nullable: false),
            LastDueUtc = t.Column<DateTime>(nullable: true),
            LastRunUtc = t.Column<DateTime>(nullable: true),
            LastOutcome = t.Column<string>(nullable: true),
            LastWasCatchUp = t.Column<bool>(nullable: false),
            LastNode = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ScheduledJobs", x => x.Name));

    public static void Down(MigrationBuilder b) => b.DropTable("ScheduledJobs");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>Adds how each step of an account's intake last went (<see cref="Intake.IntakeStepStatus"/>).</summary>
internal static class IntakeStepStatusSchema
{
    public static void Up(MigrationBuilder b) =>
        b.CreateTable("ReceivingIntakeStatus", t => new
        {
            Account = t.Column<string>(nullable: false),
            Step = t.Column<string>(nullable: false),
            Folder = t.Column<string>(nullable: false),
            Filter = t.Column<string>(nullable: false),
            LastRunUtc = t.Column<DateTime>(nullable: false),
            LastSuccessUtc = t.Column<DateTime>(nullable: true),
            FailingSinceUtc = t.Column<DateTime>(nullable: true),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_ReceivingIntakeStatus", x => new { x.Account, x.Step, x.Folder, x.Filter }));

    public static void Down(MigrationBuilder b) => b.DropTable("ReceivingIntakeStatus");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Accounts whose partner cannot be reached: delivery paused, probed with backoff, one alert.</summary>
internal static class PartnerOutageSchema
{
    public static void Up(MigrationBuilder b) =>
        b.CreateTable("PartnerOutages", t => new
        {
            Account = t.Column<string>(nullable: false),
            SinceUtc = t.Column<DateTime>(nullable: false),
            LastFailureUtc = t.Column<DateTime>(nullable: false),
            Failures = t.Column<int>(nullable: false),
            NextProbeUtc = t.Column<DateTime>(nullable: false),
            LastError = t.Column<string>(nullable: false),
            AlertId = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_PartnerOutages", x => x.Account));

    public static void Down(MigrationBuilder b) => b.DropTable("PartnerOutages");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Retention of message bodies (issue 17): the hash of a purged body and when it was purged.</summary>
internal static class LedgerRetentionSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("BodySha256", "LedgerMessages", nullable: true);
        b.AddColumn<DateTime>("BodyPurgedUtc", "LedgerMessages", nullable: true);
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropColumn("BodySha256", "LedgerMessages");
        b.DropColumn("BodyPurgedUtc", "LedgerMessages");
    }
}

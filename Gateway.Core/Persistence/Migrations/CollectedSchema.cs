using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>When a partner collected a message from its hosted outbox.</summary>
internal static class CollectedSchema
{
    public static void Up(MigrationBuilder b) =>
        b.AddColumn<DateTime>("CollectedUtc", "LedgerMessages", nullable: true);

    public static void Down(MigrationBuilder b) => b.DropColumn("CollectedUtc", "LedgerMessages");
}

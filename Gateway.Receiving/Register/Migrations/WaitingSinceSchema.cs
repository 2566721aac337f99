using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>Adds when a waiting file began to wait (<see cref="ReceivedFileRecord.WaitingSinceUtc"/>), so a long wait can expire.</summary>
internal static class WaitingSinceSchema
{
    public static void Up(MigrationBuilder b) => b.AddColumn<DateTime>("WaitingSinceUtc", "ReceivingFiles", nullable: true);

    public static void Down(MigrationBuilder b) => b.DropColumn("WaitingSinceUtc", "ReceivingFiles");
}

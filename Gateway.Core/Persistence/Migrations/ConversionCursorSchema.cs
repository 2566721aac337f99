using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Per-account conversion progress over an integration's mutations.</summary>
internal static class ConversionCursorSchema
{
    public static void Up(MigrationBuilder b) =>
        b.CreateTable("ConversionCursors", t => new
        {
            Account = t.Column<string>(nullable: false),
            LastMutationId = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ConversionCursors", x => x.Account));

    public static void Down(MigrationBuilder b) => b.DropTable("ConversionCursors");
}

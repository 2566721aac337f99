using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>Server-side web UI sessions (<see cref="Sessions.AdminSession"/>).</summary>
internal static class AdminSessionSchema
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AdminSessions",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                UserName = table.Column<string>(nullable: false),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                LastSeenUtc = table.Column<DateTime>(nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: false),
                EndedUtc = table.Column<DateTime>(nullable: true),
                EndReason = table.Column<string>(nullable: true),
                Ticket = table.Column<byte[]>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AdminSessions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_AdminSessions_ExpiresUtc", table: "AdminSessions", column: "ExpiresUtc");
    }

    public static void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AdminSessions");
}

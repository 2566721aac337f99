using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerChartIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LedgerMessages_AcknowledgedUtc",
                table: "LedgerMessages",
                column: "AcknowledgedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerMessages_CreatedUtc",
                table: "LedgerMessages",
                column: "CreatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerMessages_AcknowledgedUtc",
                table: "LedgerMessages");

            migrationBuilder.DropIndex(
                name: "IX_LedgerMessages_CreatedUtc",
                table: "LedgerMessages");
        }
    }
}

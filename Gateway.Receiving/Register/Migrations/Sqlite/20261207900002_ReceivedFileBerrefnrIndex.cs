using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Receiving.Register.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceivedFileBerrefnrIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ReceivingFiles_Account_Berrefnr",
                table: "ReceivingFiles",
                columns: new[] { "Account", "Berrefnr" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReceivingFiles_Account_Berrefnr",
                table: "ReceivingFiles");
        }
    }
}

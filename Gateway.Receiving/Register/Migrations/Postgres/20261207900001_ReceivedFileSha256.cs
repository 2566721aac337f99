using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gateway.Receiving.Register.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReceivedFileSha256 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Sha256",
                table: "ReceivingFiles",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sha256",
                table: "ReceivingFiles");
        }
    }
}

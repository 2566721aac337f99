using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>Adds the public keys issued to hosted receiving accounts (<see cref="Hosted.HostedLogin"/>).</summary>
internal static class HostedLoginsSchema
{
    public static void Up(MigrationBuilder b) =>
        b.CreateTable("ReceivingHostedLogins", t => new
        {
            Account = t.Column<string>(nullable: false),
            UserName = t.Column<string>(nullable: false),
            PublicKey = t.Column<string>(nullable: false),
            Fingerprint = t.Column<string>(nullable: false),
            IssuedUtc = t.Column<DateTime>(nullable: false),
            IssuedBy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingHostedLogins", x => x.Account));

    public static void Down(MigrationBuilder b) => b.DropTable("ReceivingHostedLogins");
}

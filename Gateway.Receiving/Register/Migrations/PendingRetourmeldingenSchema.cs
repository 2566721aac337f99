using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>Adds the Retourmeldingen due but not yet delivered (<see cref="Retourmeldingen.PendingRetourmelding"/>).</summary>
internal static class PendingRetourmeldingenSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("ReceivingPendingRetourmeldingen", t => new
        {
            Id = ReceivingRegisterSchema.Identity(t),
            Account = t.Column<string>(nullable: false),
            FileId = t.Column<long>(nullable: false),
            FileName = t.Column<string>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingPendingRetourmeldingen", x => x.Id));
        b.CreateIndex("IX_ReceivingPendingRetourmeldingen_Account", "ReceivingPendingRetourmeldingen", ["Account"]);
    }

    public static void Down(MigrationBuilder b) => b.DropTable("ReceivingPendingRetourmeldingen");
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Receiving.Register.Migrations;

/// <summary>
/// What the receiving console shows besides the register: when each Retourmelding reached the partner (kept instead of
/// removed), and the processing report of every run that saw files or new intake problems.
/// </summary>
internal static class ReceivingConsoleSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.AddColumn<DateTime>("DeliveredUtc", "ReceivingPendingRetourmeldingen", nullable: true);
        b.CreateIndex("IX_ReceivingPendingRetourmeldingen_Account_DeliveredUtc", "ReceivingPendingRetourmeldingen", ["Account", "DeliveredUtc"]);
        b.CreateIndex("IX_ReceivingPendingRetourmeldingen_FileId", "ReceivingPendingRetourmeldingen", ["FileId"]);
        b.CreateTable("ReceivingReports", t => new
        {
            Id = ReceivingRegisterSchema.Identity(t),
            Account = t.Column<string>(nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
            Files = t.Column<int>(nullable: false),
            Processed = t.Column<int>(nullable: false),
            Refused = t.Column<int>(nullable: false),
            Held = t.Column<int>(nullable: false),
            Waiting = t.Column<int>(nullable: false),
            Problems = t.Column<int>(nullable: false),
            Text = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivingReports", x => x.Id));
        b.CreateIndex("IX_ReceivingReports_Account_AtUtc", "ReceivingReports", ["Account", "AtUtc"]);
        b.CreateIndex("IX_ReceivingAbsenceCases_Account_IdWrknmr", "ReceivingAbsenceCases", ["Account", "IdWrknmr"]);
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropIndex("IX_ReceivingAbsenceCases_Account_IdWrknmr", "ReceivingAbsenceCases");
        b.DropTable("ReceivingReports");
        b.DropIndex("IX_ReceivingPendingRetourmeldingen_FileId", "ReceivingPendingRetourmeldingen");
        b.DropIndex("IX_ReceivingPendingRetourmeldingen_Account_DeliveredUtc", "ReceivingPendingRetourmeldingen");
        b.DropColumn("DeliveredUtc", "ReceivingPendingRetourmeldingen");
    }
}

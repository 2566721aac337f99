using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>
/// Documenten and Afspraken both ways (issue 18): messages an arbodienst sent the employer with their documents and
/// afspraken, and the messages the receiving role sends its partners.
/// </summary>
internal static class DocumentExchangeSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.CreateTable("IncomingMessages", t => new
        {
            Id = LedgerSchema.Identity(t),
            Account = t.Column<string>(nullable: false),
            MessageType = t.Column<string>(nullable: false),
            Release = t.Column<string>(nullable: true),
            Berrefnr = t.Column<string>(nullable: true),
            FileName = t.Column<string>(nullable: false),
            Accepted = t.Column<bool>(nullable: false),
            Reason = t.Column<string>(nullable: true),
            RetourmeldingBerrefnr = t.Column<string>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_IncomingMessages", x => x.Id));
        b.CreateIndex("IX_IncomingMessages_Account_Berrefnr", "IncomingMessages", ["Account", "Berrefnr"]);

        b.CreateTable("IncomingItems", t => new
        {
            Id = LedgerSchema.Identity(t),
            IncomingMessageId = t.Column<long>(nullable: false),
            Account = t.Column<string>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Berrefnr = t.Column<string>(nullable: false),
            ItemId = t.Column<string>(nullable: false),
            EmployeeId = t.Column<string>(nullable: false),
            CaseId = t.Column<string>(nullable: true),
            Date = t.Column<DateOnly>(nullable: false),
            Time = t.Column<string>(nullable: true),
            TypeCode = t.Column<string>(nullable: true),
            Description = t.Column<string>(nullable: true),
            FileName = t.Column<string>(nullable: true),
            FileType = t.Column<string>(nullable: true),
            SizeBytes = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(nullable: true),
            Content = t.Column<byte[]>(nullable: true),
            DossierState = t.Column<int>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            NextAttemptUtc = t.Column<DateTime>(nullable: true),
            AfasSubjectId = t.Column<string>(nullable: true),
            LastError = t.Column<string>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            DeliveredUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_IncomingItems", x => x.Id));
        b.CreateIndex("IX_IncomingItems_Account_DossierState_Id", "IncomingItems", ["Account", "DossierState", "Id"]);
        b.CreateIndex("IX_IncomingItems_Account_EmployeeId", "IncomingItems", ["Account", "EmployeeId"]);
        b.CreateIndex("IX_IncomingItems_IncomingMessageId", "IncomingItems", "IncomingMessageId");

        b.CreateTable("OutgoingPartnerMessages", t => new
        {
            Id = LedgerSchema.Identity(t),
            Account = t.Column<string>(nullable: false),
            MessageType = t.Column<string>(nullable: false),
            Request = t.Column<string>(nullable: false),
            Attachment = t.Column<byte[]>(nullable: true),
            Origin = t.Column<string>(nullable: false),
            Release = t.Column<string>(nullable: true),
            Berrefnr = t.Column<string>(nullable: true),
            FileName = t.Column<string>(nullable: true),
            Body = t.Column<byte[]>(nullable: true),
            State = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            SentUtc = t.Column<DateTime>(nullable: true),
            AnsweredUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OutgoingPartnerMessages", x => x.Id));
        b.CreateIndex("IX_OutgoingPartnerMessages_Account_State_Id", "OutgoingPartnerMessages", ["Account", "State", "Id"]);
        b.CreateIndex("IX_OutgoingPartnerMessages_Account_Berrefnr", "OutgoingPartnerMessages", ["Account", "Berrefnr"]);
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropTable("OutgoingPartnerMessages");
        b.DropTable("IncomingItems");
        b.DropTable("IncomingMessages");
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>
/// <c>Uitval.Integration</c> holds only an AFAS integration from 20261207900010 on (null where no AFAS record is
/// involved; a migration of its own, since SQLite rebuilds the table for the nullable column only at the end of that
/// migration) and <c>Account</c> the account. Entries written before by the writers that put an account's name in
/// <c>Integration</c> are moved over where the row itself shows which writer it was: partner outage alerts (stage 5),
/// receiving intake problems, delivery entries without an account (answers to what a receiving account sent),
/// requests a receiving account could not send, and Retourmeldingen a sending account could not place or that
/// rejected a message. Other old rows keep what they hold.
/// </summary>
internal static class UitvalOwnerBackfill
{
    public static void Up(MigrationBuilder b)
    {
        b.Sql("""
            UPDATE "Uitval" SET "Account" = "Integration", "Integration" = NULL
            WHERE "Account" IS NULL AND ("Stage" IN (4, 5) OR "Connector" = 'receiving-intake' OR ("Stage" = 2 AND "RecordKey" LIKE 'request %'))
            """);
        b.Sql("""
            UPDATE "Uitval" SET "Integration" = NULL
            WHERE "Stage" = 4 AND "Integration" = "Account" AND ("Connector" = 'Retourmelding1' OR "Reason" LIKE '% rejected by the receiver: %')
            """);
    }

    public static void Down(MigrationBuilder b) =>
        b.Sql("""UPDATE "Uitval" SET "Integration" = COALESCE("Account", '') WHERE "Integration" IS NULL""");
}

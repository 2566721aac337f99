using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Core.Persistence.Migrations;

/// <summary>
/// Uitval per account and its retry (issue 17): the account an entry concerns, the mutation a conversion failure came
/// from, when it was asked to be tried again, when it failed again and how it was closed; and what kind of failure a
/// failed pull was. Delivery entries so far held their account in <c>Integration</c>: it is copied to <c>Account</c>.
/// </summary>
internal static class UitvalAccountSchema
{
    public static void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Account", "Uitval", nullable: true);
        b.AddColumn<long>("SourceMutationId", "Uitval", nullable: true);
        b.AddColumn<DateTime>("RetryRequestedUtc", "Uitval", nullable: true);
        b.AddColumn<DateTime>("UpdatedUtc", "Uitval", nullable: true);
        b.AddColumn<string>("Resolution", "Uitval", nullable: true);
        b.Sql("""UPDATE "Uitval" SET "Account" = "Integration" WHERE "Stage" = 4""");
        b.CreateIndex("IX_Uitval_Account_Status", "Uitval", ["Account", "Status"]);
        b.AddColumn<string>("FailureKind", "PullRuns", nullable: true);
    }

    public static void Down(MigrationBuilder b)
    {
        b.DropColumn("FailureKind", "PullRuns");
        b.DropIndex("IX_Uitval_Account_Status", "Uitval");
        b.DropColumn("Resolution", "Uitval");
        b.DropColumn("UpdatedUtc", "Uitval");
        b.DropColumn("RetryRequestedUtc", "Uitval");
        b.DropColumn("SourceMutationId", "Uitval");
        b.DropColumn("Account", "Uitval");
    }
}

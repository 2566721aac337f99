using System.Security.Cryptography;
using System.Text;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Resend;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gateway.Outbound.Tests.Resend;

/// <summary>Delivered messages sent again (original file name, or a new Berrefnr), and bodies purged after retention with the row and hash kept.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ResendAndRetentionTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static readonly AccountCatalog Accounts = AccountCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Gateway:Accounts:arbo:Integration"] = "acme",
        ["Gateway:Accounts:arbo:RetainBodiesFor"] = "30.00:00:00",
        ["Gateway:Accounts:copies:Integration"] = "acme",
        ["Gateway:Accounts:copies:Delivery:ResendAs"] = "NewBerrefnr",
    }).Build());

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_resend_queues_the_message_again_or_a_copy_with_a_new_Berrefnr_as_the_account_chooses(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var same = await AddAsync(db.Database, "arbo", "CASE-1", "aaaa0001", LedgerState.Acknowledged, deliveredDaysAgo: 3);
        var copied = await AddAsync(db.Database, "copies", "CASE-2", "bbbb0002", LedgerState.Delivered, deliveredDaysAgo: 3);
        await AddAsync(db.Database, "arbo", "CASE-1", "aaaa0003", LedgerState.Queued, deliveredDaysAgo: null);
        var resend = new MessageResend(db.Database, Accounts, new ManualTimeProvider(Now));

        var byCase = await resend.ResendAsync(new ResendSelection(Account: "arbo", CaseKey: "CASE-1"), "beheerder", default);
        var byBerrefnr = await resend.ResendAsync(new ResendSelection(Message: "bbbb0002"), "beheerder", default);

        Assert.Equal([same], byCase.Select(o => o.MessageId)); // the queued one is not "delivered" yet
        var copy = Assert.Single(byBerrefnr);
        Assert.NotNull(copy.NewBerrefnr);
        Assert.Equal($"VZ_{copy.NewBerrefnr}.xml", copy.FileName);
        await using var context = db.Database.CreateContext();
        var messages = await context.LedgerMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([LedgerState.Queued, LedgerState.Delivered, LedgerState.Queued, LedgerState.Queued], messages.Select(m => m.State));
        Assert.Equal("VZ_aaaa0001.xml", messages[0].FileName);
        var newOne = messages[3];
        Assert.Equal(("copies", "CASE-2", copy.NewBerrefnr), (newOne.Account, newOne.CaseKey, newOne.Berrefnr));
        Assert.Equal(Xml(copy.NewBerrefnr!), Encoding.UTF8.GetString(BodyCompression.Decompress(newOne.Body, newOne.BodyLength)));
        var audit = await context.AuditLog.AsNoTracking().Where(a => a.Action == "message.resend").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([$"message/{same}", $"message/{copied}"], audit.Select(a => a.Target));
        Assert.All(audit, a => Assert.Equal("beheerder", a.User));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Retention_purges_bodies_past_the_accounts_period_keeping_row_and_hash_and_a_dry_run_changes_nothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var old = await AddAsync(db.Database, "arbo", "CASE-1", "cccc0001", LedgerState.Acknowledged, deliveredDaysAgo: 40);
        await AddAsync(db.Database, "arbo", "CASE-1", "cccc0002", LedgerState.Delivered, deliveredDaysAgo: 10);
        await AddAsync(db.Database, "arbo", "CASE-3", "cccc0003", LedgerState.Failed, deliveredDaysAgo: null, createdDaysAgo: 60);
        await AddAsync(db.Database, "copies", "CASE-2", "cccc0004", LedgerState.Delivered, deliveredDaysAgo: 40); // its retention is 548 days
        var retention = new LedgerRetention(db.Database, Accounts, new ManualTimeProvider(Now));

        var dry = Assert.Single(await retention.RunAsync(dryRun: true, "beheerder", default));
        Assert.Equal(("arbo", 1), (dry.Account, dry.Messages));
        Assert.Empty(await PurgedAsync(db.Database));

        var done = Assert.Single(await retention.RunAsync(dryRun: false, "beheerder", default));
        Assert.Equal(("arbo", 1), (done.Account, done.Messages));
        var purged = Assert.Single(await PurgedAsync(db.Database));
        Assert.Equal(old, purged.Id);
        Assert.Empty(purged.Body);
        Assert.Equal(System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Xml("cccc0001")))), purged.BodySha256);
        Assert.Equal(LedgerState.Acknowledged, purged.State);
        Assert.Empty(await retention.RunAsync(dryRun: false, "beheerder", default));

        var again = Assert.Single(await new MessageResend(db.Database, Accounts, new ManualTimeProvider(Now)).ResendAsync(new ResendSelection(Message: "cccc0001"), "beheerder", default));
        Assert.StartsWith("skipped: its body was purged", again.Detail, StringComparison.Ordinal);
        await using var context = db.Database.CreateContext();
        var audit = Assert.Single(await context.AuditLog.AsNoTracking().Where(a => a.Action == "message.purge").ToListAsync());
        Assert.Equal(("account/arbo", "beheerder"), (audit.Target, audit.User));
        Assert.Equal(4, await context.LedgerMessages.CountAsync());
    }

    private static async Task<List<LedgerMessage>> PurgedAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking().Where(m => m.BodyPurgedUtc != null).ToListAsync();
    }

    private static string Xml(string berrefnr) => $"<Verzuimmelding><BrAlg><Berrefnr>{berrefnr}</Berrefnr></BrAlg><Bsn>999999990</Bsn></Verzuimmelding>";

    private static async Task<long> AddAsync(GatewayDatabase database, string account, string caseKey, string berrefnr, LedgerState state, int? deliveredDaysAgo,
        int createdDaysAgo = 45)
    {
        var body = Encoding.UTF8.GetBytes(Xml(berrefnr));
        var delivered = deliveredDaysAgo is { } days ? Now.UtcDateTime.AddDays(-days) : (DateTime?)null;
        await using var context = database.CreateContext();
        var message = new LedgerMessage
        {
            MessageId = Guid.CreateVersion7(),
            Account = account,
            MessageType = "Verzuimmeldingen",
            Release = "2025",
            CaseKey = caseKey,
            Berrefnr = berrefnr,
            FileName = $"VZ_{berrefnr}.xml",
            State = state,
            Body = BodyCompression.Compress(body),
            BodyLength = body.Length,
            CreatedUtc = Now.UtcDateTime.AddDays(-createdDaysAgo),
            StateChangedUtc = delivered ?? Now.UtcDateTime,
            DeliveredUtc = delivered,
            AcknowledgedUtc = state == LedgerState.Acknowledged ? delivered?.AddHours(1) : null,
        };
        context.LedgerMessages.Add(message);
        await context.SaveChangesAsync();
        return message.Id;
    }
}

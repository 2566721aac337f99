using System.Security.Cryptography;
using System.Text;
using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gateway.Outbound.Tests.Resend;

/// <summary>
/// The retention job also purges stored documents (Documenten received for AFAS dossier items) past the account's
/// period: bytes and description go, the row with its SHA-256 and dossier item id stays; documents still on their way
/// into AFAS keep their bytes; a dry run changes nothing; the purge is audited.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class DocumentRetentionTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static readonly AccountCatalog Accounts = AccountCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Gateway:Accounts:arbo:Integration"] = "acme",
        ["Gateway:Accounts:arbo:RetainBodiesFor"] = "30.00:00:00",
        ["Gateway:Accounts:other:Integration"] = "acme",
    }).Build());

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Documents_past_retention_lose_their_bytes_but_keep_row_hash_and_dossier_id_and_a_dry_run_changes_nothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var delivered = await AddAsync(db.Database, "arbo", "D-1", DossierState.Delivered, daysAgo: 40);
        var kept = await AddAsync(db.Database, "arbo", "D-2", DossierState.Stored, daysAgo: 35);
        var recent = await AddAsync(db.Database, "arbo", "D-3", DossierState.Delivered, daysAgo: 10);
        var failed = await AddAsync(db.Database, "arbo", "D-4", DossierState.Failed, daysAgo: 60);
        var otherAccount = await AddAsync(db.Database, "other", "D-5", DossierState.Delivered, daysAgo: 40); // its retention is 548 days
        var retention = new LedgerRetention(db.Database, Accounts, new ManualTimeProvider(Now));

        var dry = Assert.Single(await retention.RunAsync(dryRun: true, "beheerder", default));
        Assert.Equal(("arbo", 0, 2), (dry.Account, dry.Messages, dry.Documents));
        Assert.All(await ItemsAsync(db.Database), i => Assert.NotNull(i.Content));

        var done = Assert.Single(await retention.RunAsync(dryRun: false, "beheerder", default));
        Assert.Equal(2, done.Documents);
        var items = (await ItemsAsync(db.Database)).ToDictionary(i => i.Id);
        Assert.Equal(5, items.Count);
        foreach (var id in new[] { delivered, kept })
        {
            Assert.Null(items[id].Content);
            Assert.Null(items[id].Description);
            Assert.Equal(Sha(items[id].ItemId), items[id].Sha256);
            Assert.Equal($"{items[id].ItemId}.pdf", items[id].FileName);
        }
        Assert.Equal("SB-D-1", items[delivered].AfasSubjectId);
        Assert.All(new[] { recent, failed, otherAccount }, id => Assert.Equal(Pdf(items[id].ItemId), items[id].Content));
        Assert.Empty(await retention.RunAsync(dryRun: false, "beheerder", default));
        await using var context = db.Database.CreateContext();
        var audit = Assert.Single(await context.AuditLog.AsNoTracking().Where(a => a.Action == "document.purge").ToListAsync());
        Assert.Equal(("account/arbo", "beheerder"), (audit.Target, audit.User));
        Assert.StartsWith("2 stored documents", audit.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Afspraken_past_retention_lose_their_text_and_keep_their_row(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var old = await AddAsync(db.Database, "arbo", "A-1", DossierState.Delivered, daysAgo: 40, IncomingItemKind.Afspraak);
        var recent = await AddAsync(db.Database, "arbo", "A-2", DossierState.Delivered, daysAgo: 10, IncomingItemKind.Afspraak);
        var retention = new LedgerRetention(db.Database, Accounts, new ManualTimeProvider(Now));

        Assert.Equal(1, Assert.Single(await retention.RunAsync(dryRun: false, "beheerder", default)).Documents);

        var items = (await ItemsAsync(db.Database)).ToDictionary(i => i.Id);
        Assert.Null(items[old].Description);
        Assert.Equal(("A-1", "SB-A-1", IncomingItemKind.Afspraak), (items[old].ItemId, items[old].AfasSubjectId, items[old].Kind));
        Assert.Equal("verslag probleemanalyse", items[recent].Description);
        Assert.Empty(await retention.RunAsync(dryRun: false, "beheerder", default));
    }

    private static byte[] Pdf(string id) => Encoding.ASCII.GetBytes($"%PDF-1.4 document {id}");

    private static string Sha(string id) => System.Convert.ToHexStringLower(SHA256.HashData(Pdf(id)));

    private static async Task<List<IncomingItem>> ItemsAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.IncomingItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    private static async Task<long> AddAsync(GatewayDatabase database, string account, string id, DossierState state, int daysAgo,
        IncomingItemKind kind = IncomingItemKind.Document)
    {
        var document = kind == IncomingItemKind.Document;
        var at = Now.UtcDateTime.AddDays(-daysAgo);
        await using var context = database.CreateContext();
        var message = new IncomingMessage { Account = account, MessageType = document ? "Documenten" : "Afspraken", Release = "2025", Berrefnr = "B" + id, FileName = $"DOC_{id}.xml", Accepted = true, ReceivedUtc = at };
        context.IncomingMessages.Add(message);
        await context.SaveChangesAsync();
        var item = new IncomingItem
        {
            IncomingMessageId = message.Id,
            Account = account,
            Kind = kind,
            Berrefnr = "B" + id,
            ItemId = id,
            EmployeeId = "1001",
            Date = DateOnly.FromDateTime(at),
            TypeCode = "01",
            Description = "verslag probleemanalyse",
            FileName = document ? $"{id}.pdf" : null,
            FileType = document ? "pdf" : null,
            SizeBytes = document ? Pdf(id).Length : 0,
            Sha256 = state == DossierState.Stored || !document ? null : Sha(id),
            Content = document ? Pdf(id) : null,
            DossierState = state,
            AfasSubjectId = state == DossierState.Delivered ? "SB-" + id : null,
            ReceivedUtc = at,
            DeliveredUtc = state == DossierState.Delivered ? at : null,
        };
        context.IncomingItems.Add(item);
        await context.SaveChangesAsync();
        return item.Id;
    }
}

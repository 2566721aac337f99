using Gateway.Core.Accounts;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Tests.Uitval.Report;

/// <summary>The daily report reads open uitval per account from the database; "new" is relative to the last sent report.</summary>
public sealed class LedgerUitvalReportSourceTests
{
    [Fact]
    public async Task Open_uitval_is_reported_to_its_account_and_only_later_entries_count_as_new()
    {
        await using var db = await TempSqliteDatabase.CreateAsync();
        var accounts = AccountCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Accounts:arbo:Integration"] = "acme",
            ["Gateway:Accounts:other:Integration"] = "elsewhere",
        }).Build());
        var source = new LedgerUitvalReportSource(db.Database, accounts);
        await AddAsync(db, "acme", UitvalStage.Import, "{GUID-1}", DateTime.UtcNow.AddHours(-2));
        await AddAsync(db, "arbo", UitvalStage.Delivery, "CASE-9", DateTime.UtcNow.AddHours(-1));
        await AddAsync(db, "acme", UitvalStage.Import, "{GUID-2}", DateTime.UtcNow.AddHours(-1), UitvalStatus.Resolved);

        var first = await source.GetItemsAsync(DateTimeOffset.UtcNow, default);
        await source.MarkReportedAsync(DateTimeOffset.UtcNow, default);
        await AddAsync(db, "acme", UitvalStage.Import, "{GUID-3}", DateTime.UtcNow.AddMinutes(1));
        var second = await source.GetItemsAsync(DateTimeOffset.UtcNow.AddMinutes(2), default);

        Assert.Equal(["{GUID-1}", "CASE-9"], first.Select(i => i.RecordKey));
        Assert.All(first, i => Assert.Equal("arbo", i.Account));
        Assert.All(first, i => Assert.True(i.IsNew));
        Assert.Equal([("{GUID-1}", false), ("CASE-9", false), ("{GUID-3}", true)], second.Select(i => (i.RecordKey, i.IsNew)));
    }

    [Fact]
    public async Task Uitval_of_a_receiving_account_is_reported_to_that_account()
    {
        await using var db = await TempSqliteDatabase.CreateAsync();
        var accounts = AccountCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Accounts:arbo:Integration"] = "acme",
        }).Build());
        await AddAsync(db, "partnerin", UitvalStage.Import, "/inbox", DateTime.UtcNow); // an intake problem of receiving account "partnerin"

        var items = await new LedgerUitvalReportSource(db.Database, accounts).GetItemsAsync(DateTimeOffset.UtcNow, default);

        Assert.Equal(("partnerin", "/inbox"), (Assert.Single(items).Account, items[0].RecordKey));
    }

    private static async Task AddAsync(TempSqliteDatabase db, string integration, UitvalStage stage, string key, DateTime created, UitvalStatus status = UitvalStatus.Open)
    {
        await using var context = db.Database.CreateContext();
        context.Uitval.Add(new UitvalEntry { Integration = integration, Stage = stage, Connector = "c", RecordKey = key, Reason = "r", Status = status, CreatedUtc = created });
        await context.SaveChangesAsync();
    }
}

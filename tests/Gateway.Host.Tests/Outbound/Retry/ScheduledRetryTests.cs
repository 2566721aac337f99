using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Transport.Delivery;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Retry;

/// <summary>
/// Seed 000's retry: at the first scheduled full sync after a failure, each failed record of every stream but Verzuim is
/// fetched again and pushed through the stage it failed in. What now goes through is closed ("resolved by the sync of
/// …"); what fails again stays open, one entry with its new reason. Verzuim waits for an admin. On both databases.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ScheduledRetryTests(PostgresServer postgres) : IDisposable
{
    private readonly string _receiver = Path.Combine(Path.GetTempPath(), "gateway-retry-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Transformation_uitval_whose_cause_was_fixed_is_converted_and_closed_by_the_next_scheduled_sync(string provider)
    {
        await using var harness = await RetryHarness.StartAsync(provider, postgres);
        await harness.ConvertAsync(await harness.ProfileAsync(withoutLoonheffingennummer: true));
        var failed = (await harness.UitvalAsync()).Where(u => u.Connector != AfasConnectorIds.Verzuim).ToList();
        Assert.Contains(failed, u => u.Connector == AfasConnectorIds.Werkgevers);
        Assert.Contains(failed, u => u.Connector == AfasConnectorIds.MedewerkerGegevens);
        Assert.All(failed, u => Assert.Equal(("arbo", "acme", UitvalStage.Transformation, "Loonheffingennummer", UitvalStatus.Open),
            (u.Account, u.Integration, u.Stage, u.Field, u.Status)));
        Assert.All(failed, u => Assert.NotNull(u.SourceMutationId));
        var employeesBefore = await DvMessagesAsync(harness);

        // the cause is fixed (the profile now has the loonheffingennummer); the next evening's syncs run
        await harness.NextEveningAsync();
        var fixedProfile = await harness.ProfileAsync(withoutLoonheffingennummer: false);
        await harness.ConvertAsync(fixedProfile);

        var after = (await harness.UitvalAsync()).Where(u => failed.Any(f => f.Id == u.Id)).ToList();
        Assert.All(after, u => Assert.Equal(UitvalStatus.Resolved, u.Status));
        Assert.All(after, u => Assert.StartsWith("resolved by the sync of ", u.Resolution, StringComparison.Ordinal));
        Assert.All(after, u => Assert.Equal("sync", u.ResolvedBy));
        Assert.DoesNotContain(await harness.UitvalAsync(), u => u.Status == UitvalStatus.Open && u.Connector != AfasConnectorIds.Verzuim);
        // every failed employee now has his Dienstverbanden message, and employer 01 its WerkgeversGegevens
        var employeesAfter = await DvMessagesAsync(harness);
        Assert.All(failed.Where(u => u.Connector == AfasConnectorIds.MedewerkerGegevens),
            u => Assert.Contains(EmployeeOf(u.RecordKey!), employeesAfter));
        Assert.True(employeesAfter.Count > employeesBefore.Count);
        await using var context = harness.Gateway.Database.CreateContext();
        Assert.True(await context.LedgerMessages.AnyAsync(m => m.MessageType == "WerkgeversGegevensBasisregistratie" && m.CaseKey == "01"));
        var audit = await harness.AuditAsync(failed);
        Assert.Equal(failed.Count, audit.Count(a => a == "uitval.retry.scheduled"));
        Assert.Equal(failed.Count, audit.Count(a => a == "uitval.resolved"));

        // nothing is retried twice: another conversion run produces nothing
        Assert.Equal(0, await harness.ConvertAsync(fixedProfile));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Transformation_uitval_whose_cause_remains_stays_open_once_with_its_new_reason(string provider)
    {
        await using var harness = await RetryHarness.StartAsync(provider, postgres);
        var broken = await harness.ProfileAsync(withoutLoonheffingennummer: true);
        await harness.ConvertAsync(broken);
        var failed = (await harness.UitvalAsync()).Where(u => u.Connector != AfasConnectorIds.Verzuim).ToList();
        Assert.NotEmpty(failed);

        await harness.NextEveningAsync();
        await harness.ConvertAsync(broken);
        await harness.NextEveningAsync();
        await harness.ConvertAsync(broken);

        var after = await harness.UitvalAsync();
        foreach (var entry in failed)
        {
            var now = Assert.Single(after, u => u.Connector == entry.Connector && u.RecordKey == entry.RecordKey && u.Account == "arbo");
            Assert.Equal((entry.Id, UitvalStatus.Open), (now.Id, now.Status));
            Assert.NotNull(now.UpdatedUtc);
            Assert.Null(now.RetryRequestedUtc);
            Assert.Contains("is not configured for employer 01", now.Reason, StringComparison.Ordinal);
        }
        var audit = await harness.AuditAsync(failed);
        Assert.Equal(2 * failed.Count, audit.Count(a => a == "uitval.retry.scheduled"));
        Assert.Equal(2 * failed.Count, audit.Count(a => a == "uitval.failed-again"));
        Assert.DoesNotContain("uitval.resolved", audit);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Verzuim_uitval_and_streams_configured_not_to_retry_wait_for_an_admin(string provider)
    {
        await using var harness = await RetryHarness.StartAsync(provider, postgres);
        harness.Gateway.Integration.Connectors[AfasConnectorIds.MedewerkerGegevens] = new ConnectorOptions { RetryFailedRecords = false };
        await harness.ConvertAsync(await harness.ProfileAsync(withoutLoonheffingennummer: true));
        long absence;
        await using (var context = harness.Gateway.Database.CreateContext())
        {
            var key = (await harness.Gateway.StateAsync(AfasConnectorIds.Verzuim)).Keys.First();
            var entry = new UitvalEntry
            {
                Integration = "acme",
                Account = "arbo",
                Stage = UitvalStage.Transformation,
                Connector = AfasConnectorIds.Verzuim,
                RecordKey = key,
                Field = "Guid_medewerker",
                Reason = "is missing",
                Status = UitvalStatus.Open,
                CreatedUtc = harness.Gateway.Clock.GetUtcNow().UtcDateTime,
            };
            context.Uitval.Add(entry);
            await context.SaveChangesAsync();
            absence = entry.Id;
        }

        await harness.NextEveningAsync();
        await harness.ConvertAsync(await harness.ProfileAsync(withoutLoonheffingennummer: false));

        var after = await harness.UitvalAsync();
        var verzuim = Assert.Single(after, u => u.Id == absence);
        Assert.Equal((UitvalStatus.Open, (DateTime?)null), (verzuim.Status, verzuim.RetryRequestedUtc));
        Assert.All(after.Where(u => u.Connector == AfasConnectorIds.MedewerkerGegevens), u => Assert.Equal(UitvalStatus.Open, u.Status));
        Assert.Equal(UitvalStatus.Resolved, Assert.Single(after, u => u.Connector == AfasConnectorIds.Werkgevers).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_failed_delivery_is_delivered_again_by_the_next_scheduled_sync_and_stays_open_while_the_receiver_still_refuses(string provider)
    {
        await using var harness = await RetryHarness.StartAsync(provider, postgres);
        await harness.ConvertAsync(await harness.ProfileAsync(withoutLoonheffingennummer: false));
        await using (var refusing = new RefusingTarget())
        {
            await harness.Dispatcher.RunOnceAsync("arbo", refusing, default);
        }
        var failed = (await harness.UitvalAsync()).Where(u => u.Stage == UitvalStage.Delivery).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, u => Assert.Equal(("arbo", "acme"), (u.Account, u.Integration)));
        var employeeCases = failed.Where(u => u.Connector == "Dienstverbanden").ToList();
        Assert.NotEmpty(employeeCases);

        // the first evening the receiver still refuses: the messages were tried again and the entries stay open
        await harness.NextEveningAsync();
        await using (var refusing = new RefusingTarget())
        {
            await harness.Dispatcher.RunOnceAsync("arbo", refusing, default);
        }
        var stillOpen = await harness.UitvalAsync();
        Assert.All(employeeCases, e => Assert.Equal(UitvalStatus.Open, stillOpen.Single(u => u.Id == e.Id).Status));
        Assert.All(employeeCases, e => Assert.NotNull(stillOpen.Single(u => u.Id == e.Id).UpdatedUtc));
        // one entry per case, however often its message failed
        Assert.All(stillOpen.Where(u => u.Stage == UitvalStage.Delivery).GroupBy(u => (u.Connector, u.RecordKey)), g => Assert.Single(g));

        // the next evening it takes them: non-Verzuim delivery uitval is resolved, Verzuimmeldingen wait for an admin
        await harness.NextEveningAsync();
        await using (var folder = TransferFolderTarget.LocalFolder(_receiver))
        {
            await harness.Dispatcher.RunOnceAsync("arbo", folder, default);
        }
        var end = await harness.UitvalAsync();
        Assert.All(failed.Where(u => u.Connector != "Verzuimmeldingen"), e =>
        {
            var entry = end.Single(u => u.Id == e.Id);
            Assert.Equal(UitvalStatus.Resolved, entry.Status);
            Assert.StartsWith("resolved by the sync of ", entry.Resolution, StringComparison.Ordinal);
        });
        Assert.All(failed.Where(u => u.Connector == "Verzuimmeldingen"), e => Assert.Equal(UitvalStatus.Open, end.Single(u => u.Id == e.Id).Status));
        await using var context = harness.Gateway.Database.CreateContext();
        var delivered = await context.LedgerMessages.AsNoTracking().Where(m => m.MessageType == "Dienstverbanden" && m.State == LedgerState.Delivered)
            .Select(m => new { m.FileName, m.CaseKey }).ToListAsync();
        Assert.All(delivered.Select(d => d.FileName), name => Assert.True(File.Exists(Path.Combine(_receiver, name))));
        Assert.All(employeeCases, e => Assert.Contains(e.RecordKey, delivered.Select(d => d.CaseKey)));
    }

    /// <summary>The employee a Medewerker_Gegevens record key belongs to, as the Dienstverbanden message's case key.</summary>
    private static string EmployeeOf(string recordKey) => Gateway.Outbound.Convert.Values.Identifiers.Guid(recordKey.Split('|')[0])!;

    private static async Task<List<string>> DvMessagesAsync(RetryHarness harness)
    {
        await using var context = harness.Gateway.Database.CreateContext();
        return await context.LedgerMessages.AsNoTracking().Where(m => m.MessageType == "Dienstverbanden").Select(m => m.CaseKey).ToListAsync();
    }

    public void Dispose()
    {
        if (Directory.Exists(_receiver))
        {
            Directory.Delete(_receiver, recursive: true);
        }
    }

    private sealed class RefusingTarget : IDeliveryTarget
    {
        public Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
            throw new DeliveryFailureException("permission denied on the partner's folder", transient: false);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

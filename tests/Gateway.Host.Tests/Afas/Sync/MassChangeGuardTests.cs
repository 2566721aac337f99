using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Afas.Tests.Sync;

/// <summary>
/// The mass-change guard on the collapsed-pull scenario of issue 17: the integration pointed at another AFAS
/// environment would make most employees "gone"; that pull is held, not applied, until an admin decides.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class MassChangeGuardTests(PostgresServer postgres)
{
    private const string Employees = AfasConnectorIds.MedewerkerGegevens;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_pull_from_another_environment_is_held_until_approved_and_a_rejected_one_is_held_again(string provider)
    {
        await using var harness = await SyncHarness.StartAsync(employees: 60, provider: provider, postgres: postgres);
        await harness.ActivateAllAsync();
        Assert.Equal(PullStatus.Succeeded, (await harness.RunAsync(Employees)).Status);
        var before = await harness.StateAsync(Employees);
        await using var other = await AfasTestServer.StartAsync(employees: 60, seed: 99);
        var elsewhere = new ConnectorSync(harness.Database, other.Client(o => o.PageSize = 50), harness.Clock, NullLogger<ConnectorSync>.Instance);
        var pulls = new PendingPullStore(harness.Database, harness.Clock);

        var held = await elsewhere.RunAsync(harness.Integration, Employees, SyncMode.Full, CancellationToken.None);

        Assert.Equal(PullStatus.Held, held.Status);
        Assert.Contains("nothing applied", held.Error, StringComparison.Ordinal);
        Assert.Equal(before, await harness.StateAsync(Employees));
        var pending = Assert.Single(await pulls.ListAsync(all: false, CancellationToken.None));
        Assert.Equal((Employees, PendingPullStatus.Pending, before.Count), (pending.Connector, pending.Status, pending.Known));
        Assert.True(pending.Gone + pending.Changed >= before.Count / 5, $"{pending.Changed} changed, {pending.Gone} gone");
        await using (var context = harness.Database.CreateContext())
        {
            Assert.Equal(PullStatus.Held, (await context.PullRuns.SingleAsync(r => r.Id == held.PullRunId)).Status);
            Assert.Empty(await context.SourceMutations.Where(m => m.PullRunId == held.PullRunId).ToListAsync());
        }

        // the account's 07:00 mail names it
        await using (var context = harness.Database.CreateContext())
        {
            var line = Assert.Single(await new HeldPullReport().ItemsAsync(context, DateTimeOffset.UtcNow, null, _ => ["arbo"], CancellationToken.None));
            Assert.StartsWith("De synchronisatie van account arbo, datastroom ", UitvalReportLabels.Sentence(line), StringComparison.Ordinal);
            Assert.Contains($"tegengehouden en niet verwerkt: pending pull {pending.Id}: ", UitvalReportLabels.Sentence(line), StringComparison.Ordinal);
        }

        // a repeat while undecided updates the one pending pull; a rejection keeps the state and is audited
        Assert.Equal(PullStatus.Held, (await elsewhere.RunAsync(harness.Integration, Employees, SyncMode.Full, CancellationToken.None)).Status);
        Assert.Single(await pulls.ListAsync(all: true, CancellationToken.None));
        Assert.NotNull(await pulls.DecideAsync(pending.Id, approve: false, "beheerder", "wrong environment", CancellationToken.None));
        Assert.Null(await pulls.DecideAsync(pending.Id, approve: true, "beheerder", null, CancellationToken.None));
        Assert.Equal(PullStatus.Held, (await elsewhere.RunAsync(harness.Integration, Employees, SyncMode.Full, CancellationToken.None)).Status);
        var again = Assert.Single(await pulls.ListAsync(all: false, CancellationToken.None));
        Assert.NotEqual(pending.Id, again.Id);
        Assert.Equal(before, await harness.StateAsync(Employees));

        // approved: the next pull applies, and the approval is used up
        Assert.NotNull(await pulls.DecideAsync(again.Id, approve: true, "beheerder", "new environment is right", CancellationToken.None));
        var applied = await elsewhere.RunAsync(harness.Integration, Employees, SyncMode.Full, CancellationToken.None);
        Assert.Equal(PullStatus.Succeeded, applied.Status);
        var after = await harness.StateAsync(Employees);
        Assert.NotEqual(before, after);
        Assert.Equal(applied.Rows - applied.SkippedInactive, after.Count);
        Assert.Empty(await pulls.ListAsync(all: false, CancellationToken.None));
        var all = await pulls.ListAsync(all: true, CancellationToken.None);
        Assert.Equal([PendingPullStatus.Applied, PendingPullStatus.Rejected], all.Select(p => p.Status));
        await using (var context = harness.Database.CreateContext())
        {
            var audit = await context.AuditLog.AsNoTracking().Where(a => a.Action.StartsWith("pull.")).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([("pull.reject", "beheerder"), ("pull.approve", "beheerder")], audit.Select(a => (a.Action, a.User)));
            Assert.Contains("wrong environment", audit[0].Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Small_connectors_and_changes_within_the_share_are_applied()
    {
        var guard = new MassChangeOptions();
        Assert.Null(guard.Exceeded(known: 0, changed: 0, gone: 0));
        Assert.Null(guard.Exceeded(known: 8, changed: 0, gone: 8)); // below the minimum of 10
        Assert.Null(guard.Exceeded(known: 100, changed: 20, gone: 20)); // 20 % is not more than 20 %
        Assert.Equal("21 of 100 stored records would be gone (limit 21: more than 20 %, at least 10)", guard.Exceeded(known: 100, changed: 0, gone: 21));
        Assert.StartsWith("10 of 12 stored records would change", guard.Exceeded(known: 12, changed: 10, gone: 0), StringComparison.Ordinal);
        Assert.Null(new MassChangeOptions { Enabled = false }.Exceeded(known: 100, changed: 100, gone: 100));
    }
}

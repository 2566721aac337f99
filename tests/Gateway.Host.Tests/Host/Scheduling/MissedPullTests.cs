using Gateway.Afas.Scheduling;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Scheduling;
using Gateway.Host.Hosting;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Tests.Scheduling;

/// <summary>A scheduled pull whose time passed while the service was down runs once when the scheduler starts, on one node.</summary>
[Collection(PostgresGroup.Name)]
public sealed class MissedPullTests(PostgresServer postgres)
{
    private const string JobName = "pull:acme:" + AfasConnectorIds.Werkgevers + ":Full";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_pull_missed_while_down_runs_once_at_start_on_one_of_two_nodes_and_is_recorded_as_a_catch_up(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var harness = await SyncHarness.StartAsync(employees: 20, provider: provider, postgres: postgres);
        var schedule = new ConnectorSchedule(["0 21 * * *"]);
        var now = TimeProvider.System.GetUtcNow();
        var missed = schedule.LastDue(now.AddDays(-2), now)!.Value;
        // the service last ran the pull the day before and was down at the latest 21:00
        Assert.True(await new ScheduledJobStore(harness.Database, TimeProvider.System).ClaimAsync(JobName, missed.AddDays(-1), timeout.Token));
        var catalog = Catalog();
        var nodes = Enumerable.Range(0, 2).Select(_ => new SyncScheduler(catalog, _ => harness.Sync, new ScheduledJobStore(harness.Database, TimeProvider.System),
            TimeProvider.System, NullLogger<SyncScheduler>.Instance)).ToList();

        foreach (var node in nodes)
        {
            await node.StartAsync(timeout.Token);
        }
        var job = await WaitForRunAsync(harness, timeout.Token);
        foreach (var node in nodes)
        {
            await node.StopAsync(timeout.Token);
            node.Dispose();
        }

        Assert.Equal((missed.UtcDateTime, true), (job.LastDueUtc, job.LastWasCatchUp));
        Assert.StartsWith("caught up", job.LastOutcome, StringComparison.Ordinal);
        Assert.Contains("succeeded: ", job.LastOutcome, StringComparison.Ordinal);
        await using var context = harness.Database.CreateContext();
        var runs = await context.PullRuns.AsNoTracking().Where(r => r.Connector == AfasConnectorIds.Werkgevers).ToListAsync(timeout.Token);
        Assert.Equal(PullStatus.Succeeded, Assert.Single(runs).Status);
    }

    private static async Task<ScheduledJob> WaitForRunAsync(SyncHarness harness, CancellationToken cancellationToken)
    {
        var jobs = new ScheduledJobStore(harness.Database, TimeProvider.System);
        while (true)
        {
            if ((await jobs.ListAsync(cancellationToken)).SingleOrDefault(j => j.Name == JobName) is { LastRunUtc: not null } job)
            {
                return job;
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>One integration "acme" whose only enabled connector is Werkgevers, pulled daily at 21:00.</summary>
    private static IntegrationCatalog Catalog()
    {
        var settings = new Dictionary<string, string?> { [$"{IntegrationCatalog.Section}:acme:Connectors:{AfasConnectorIds.Werkgevers}:Schedule:0"] = "0 21 * * *" };
        foreach (var connector in SyncOrder.Connectors.Where(c => c != AfasConnectorIds.Werkgevers))
        {
            settings[$"{IntegrationCatalog.Section}:acme:Connectors:{connector}:Enabled"] = "false";
        }
        return IntegrationCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            () => throw new InvalidOperationException("no protected token in this test"));
    }
}

using Afas.Simulator.Faults;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Coordination;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Tests.Sync;

/// <summary>Pulls against the simulator: idempotence, all-or-nothing failure, rejected rows, overlapping pulls.</summary>
public sealed class ConnectorSyncTests
{
    [Fact]
    public async Task The_same_pull_twice_gives_no_mutations_the_second_time()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.ActivateAllAsync();

        var first = await harness.RunAllAsync();
        var second = await harness.RunAllAsync();

        Assert.True(first[AfasConnectorIds.MedewerkerGegevens].New > 100);
        Assert.True(first[AfasConnectorIds.Verzuim].New > 0);
        Assert.All(second.Values, r =>
        {
            Assert.Equal(PullStatus.Succeeded, r.Status);
            Assert.Equal((0, 0, 0), (r.New, r.Changed, r.Gone));
        });
        await using var context = harness.Database.CreateContext();
        Assert.Equal(first.Values.Sum(r => r.New), await context.SourceMutations.CountAsync());
    }

    [Fact]
    public async Task A_pull_that_fails_half_way_changes_no_state_and_records_the_failure()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.ActivateAllAsync();
        await harness.RunAllAsync();
        harness.Afas.Simulator.AdvanceDays(20);
        var before = await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens);
        await using (var context = harness.Database.CreateContext())
        {
            Assert.True(await context.SourceMutations.AnyAsync());
        }
        var mutationsBefore = await CountMutationsAsync(harness);
        // the first page answers, the second is refused for good
        harness.Afas.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerGegevens, new SimulatedFault(SimulatedFaultKind.SlowResponse) { Delay = TimeSpan.Zero });
        harness.Afas.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerGegevens, new SimulatedFault(SimulatedFaultKind.Unauthorized));

        var failed = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);

        Assert.Equal(PullStatus.Failed, failed.Status);
        Assert.Contains("401", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens));
        Assert.Equal(mutationsBefore, await CountMutationsAsync(harness));
        await using (var context = harness.Database.CreateContext())
        {
            var run = await context.PullRuns.SingleAsync(r => r.Id == failed.PullRunId);
            Assert.Equal(PullStatus.Failed, run.Status);
            Assert.NotNull(run.FinishedUtc);
        }

        var retried = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);
        Assert.Equal(PullStatus.Succeeded, retried.Status);
        Assert.True(retried.New + retried.Changed + retried.Gone > 0);
    }

    [Fact]
    public async Task Rejected_rows_become_uitval_keep_their_state_and_the_rest_of_the_pull_goes_on()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.ActivateAllAsync();
        await harness.RunAllAsync();
        var before = await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens);
        harness.Afas.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerGegevens, new SimulatedFault(SimulatedFaultKind.CorruptRows) { CorruptEvery = 7 }, requests: 100);

        var result = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);

        Assert.Equal(PullStatus.Succeeded, result.Status);
        Assert.True(result.Uitval > 0);
        Assert.Equal(0, result.Gone);
        Assert.Equal(before, await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens));
        await using var context = harness.Database.CreateContext();
        var uitval = await context.Uitval.AsNoTracking().Where(u => u.Stage == UitvalStage.Import).ToListAsync();
        Assert.Equal(result.Uitval, uitval.Count);
        Assert.All(uitval, u =>
        {
            Assert.Equal(AfasConnectorIds.MedewerkerGegevens, u.Connector);
            Assert.False(string.IsNullOrEmpty(u.Field));
            Assert.Equal(UitvalStatus.Open, u.Status);
        });
        Assert.Contains(uitval, u => u.RecordKey is not null);

        harness.Afas.Simulator.Faults.Clear();
        var healed = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);
        Assert.Equal((0, 0, 0), (healed.New, healed.Changed, healed.Gone));
        var keyed = await context.Uitval.AsNoTracking().Where(u => u.RecordKey != null).ToListAsync();
        Assert.All(keyed, u => Assert.Equal(UitvalStatus.Resolved, u.Status));
    }

    [Fact]
    public async Task A_pull_does_not_start_while_another_pull_of_the_connector_holds_the_lease()
    {
        await using var harness = await SyncHarness.StartAsync();
        var leases = new LeaseStore(harness.Database, TimeProvider.System);
        Assert.True(await leases.TryAcquireAsync("pull:acme:" + AfasConnectorIds.Organigram, "other-node", TimeSpan.FromMinutes(5), CancellationToken.None));

        var blocked = await harness.RunAsync(AfasConnectorIds.Organigram);
        var otherConnector = await harness.RunAsync(AfasConnectorIds.AccountsAutorisaties);

        Assert.Null(blocked.Status);
        Assert.Null(blocked.PullRunId);
        Assert.Equal(PullStatus.Succeeded, otherConnector.Status);
        await leases.ReleaseAsync("pull:acme:" + AfasConnectorIds.Organigram, "other-node", CancellationToken.None);
        Assert.Equal(PullStatus.Succeeded, (await harness.RunAsync(AfasConnectorIds.Organigram)).Status);
    }

    [Fact]
    public async Task A_scheduled_pull_that_another_node_already_ran_is_not_run_again()
    {
        await using var harness = await SyncHarness.StartAsync();
        var due = harness.Clock.GetUtcNow().AddMinutes(-1);

        var first = await harness.Sync.RunAsync(harness.Integration, AfasConnectorIds.Organigram, SyncMode.Full, default, due);
        var second = await harness.Sync.RunAsync(harness.Integration, AfasConnectorIds.Organigram, SyncMode.Full, default, due);
        var next = await harness.Sync.RunAsync(harness.Integration, AfasConnectorIds.Organigram, SyncMode.Full, default, harness.Clock.GetUtcNow().AddMinutes(1));

        Assert.Equal(PullStatus.Succeeded, first.Status);
        Assert.Null(second.Status);
        Assert.Contains("already ran", second.Error, StringComparison.Ordinal);
        Assert.Equal(PullStatus.Succeeded, next.Status);
    }

    [Fact]
    public async Task Configured_connector_filters_select_rows_and_make_the_pull_filtered()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.ActivateAllAsync();
        var all = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);
        harness.Integration.Connectors[AfasConnectorIds.MedewerkerGegevens] = new Gateway.Core.Integrations.ConnectorOptions
        {
            Filters = [new Gateway.Core.Integrations.ConnectorFilterOptions { Field = MedewerkerGegevensFields.Type_contract, Operator = Gateway.Core.Integrations.AfasFilterOperator.NotEqual, Value = "Oproepcontract" }],
        };

        var filtered = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);

        Assert.InRange(filtered.Rows, 1, all.Rows - 1);
        Assert.Equal(0, filtered.Gone);
        await using var context = harness.Database.CreateContext();
        Assert.True((await context.PullRuns.SingleAsync(r => r.Id == filtered.PullRunId)).Filtered);
    }

    private static async Task<int> CountMutationsAsync(SyncHarness harness)
    {
        await using var context = harness.Database.CreateContext();
        return await context.SourceMutations.CountAsync();
    }
}

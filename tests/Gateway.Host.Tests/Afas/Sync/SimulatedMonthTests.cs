using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Tests.Sync;

/// <summary>
/// A month of daily syncs (Verzuim on its after-go-live Mutatiedatum filter) ends with exactly the state a new
/// gateway gets from one full pull on the last day: no mutation was missed, none invented.
/// </summary>
public sealed class SimulatedMonthTests
{
    [Fact]
    public async Task Daily_incremental_syncs_over_a_month_agree_with_a_full_pull_on_the_last_day()
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 200, seed: 31);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();
        gateway.Integration.Verzuim.LiveSince = gateway.Afas.Simulator.Clock.Today;
        var totals = new Dictionary<MutationKind, int>();

        for (var day = 1; day <= 30; day++)
        {
            gateway.Afas.Simulator.AdvanceDay();
            foreach (var result in (await gateway.RunAllAsync(SyncMode.Recent)).Values)
            {
                Assert.Equal(PullStatus.Succeeded, result.Status);
                Add(totals, MutationKind.New, result.New);
                Add(totals, MutationKind.Changed, result.Changed);
                Add(totals, MutationKind.Gone, result.Gone);
            }
        }
        // the window pull finds absences deleted in AFAS, which the Mutatiedatum filter cannot see
        var window = await gateway.RunAsync(AfasConnectorIds.Verzuim, SyncMode.Full);
        Assert.Equal(PullStatus.Succeeded, window.Status);

        Assert.True(totals[MutationKind.New] > 0, "a month brings hires and sick reports");
        Assert.True(totals[MutationKind.Changed] > 0, "a month brings changes");
        await using var fresh = await gateway.SecondGatewayAsync();
        await fresh.ActivateAllAsync();
        await fresh.RunAllAsync();
        foreach (var connector in SyncOrder.Connectors.Where(c => c != AfasConnectorIds.Verzuim))
        {
            Assert.Equal(await fresh.StateAsync(connector), await gateway.StateAsync(connector));
        }
        var windowStart = VerzuimSelection.WindowStart(gateway.Integration.Verzuim, gateway.Clock.GetUtcNow());
        var incrementalAbsences = (await gateway.StateAsync(AfasConnectorIds.Verzuim))
            .Where(r => VerzuimSelection.InWindow(r.Value, windowStart))
            .ToDictionary();
        Assert.Equal(await fresh.StateAsync(AfasConnectorIds.Verzuim), incrementalAbsences);
    }

    [Fact]
    public async Task Recent_pulls_never_report_deletions()
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 120, seed: 5);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();

        var recent = await gateway.RunAsync(AfasConnectorIds.Verzuim, SyncMode.Recent);

        Assert.Equal(PullStatus.Succeeded, recent.Status);
        Assert.Equal(0, recent.Gone);
        Assert.True(recent.Rows < (await gateway.StateAsync(AfasConnectorIds.Verzuim)).Count, "the Mutatiedatum filter selects part of the absences");
        await using var context = gateway.Database.CreateContext();
        Assert.True((await context.PullRuns.SingleAsync(r => r.Id == recent.PullRunId)).Filtered);
    }

    private static void Add(Dictionary<MutationKind, int> totals, MutationKind kind, int count) =>
        totals[kind] = totals.GetValueOrDefault(kind) + count;
}

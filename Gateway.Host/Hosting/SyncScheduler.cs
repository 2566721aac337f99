using Gateway.Afas.Scheduling;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Pulls every enabled connector of every integration on its schedule (Europe/Amsterdam), plus the Verzuim window
/// pull after go-live. Each due time runs on one node: the node that claims it (<see cref="ScheduledJobStore"/>); a pull
/// still running elsewhere makes it a no-op (the connector's lease). At start, a due time that passed while the service
/// was down runs once, at once, and is recorded as a catch-up.
/// </summary>
public sealed class SyncScheduler(IntegrationCatalog integrations, Func<IntegrationOptions, ConnectorSync> syncs, ScheduledJobStore jobs, TimeProvider clock,
    ILogger<SyncScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(integrations.Names.Select(integrations.Get).SelectMany(Jobs).Select(job => RunJobAsync(job, stoppingToken)));

    private static IEnumerable<PullJob> Jobs(IntegrationOptions integration)
    {
        foreach (var connector in SyncOrder.Connectors.Where(c => integration.Connector(c).Enabled))
        {
            var configured = integration.Connector(connector).Schedule;
            var schedule = new ConnectorSchedule(configured.Count > 0 ? configured : DefaultSchedules.For(connector));
            yield return new PullJob(integration, connector, SyncOrder.DefaultMode(connector, integration), schedule);
            if (connector == AfasConnectorIds.Verzuim && integration.Verzuim.LiveSince is not null)
            {
                yield return new PullJob(integration, connector, SyncMode.Full, new ConnectorSchedule(integration.Verzuim.WindowSchedule));
            }
        }
    }

    private async Task RunJobAsync(PullJob job, CancellationToken stoppingToken)
    {
        var sync = syncs(job.Integration);
        try
        {
            if (await jobs.MissedAsync(job.Name, job.Schedule.LastDue, stoppingToken).ConfigureAwait(false) is { } missed)
            {
                HostLog.CatchingUp(logger, job.Name, missed);
                await RunDueAsync(job, sync, missed, catchUp: true, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            HostLog.WorkerFailed(logger, nameof(SyncScheduler), job.Name, e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = job.Schedule.Next(now);
            await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
            try
            {
                await RunDueAsync(job, sync, next, catchUp: false, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                HostLog.WorkerFailed(logger, nameof(SyncScheduler), job.Name, e);
            }
        }
    }

    /// <summary>Runs the pull due at <paramref name="due"/> when this node claims it, and records how it went.</summary>
    private async Task RunDueAsync(PullJob job, ConnectorSync sync, DateTimeOffset due, bool catchUp, CancellationToken stoppingToken)
    {
        if (!await jobs.ClaimAsync(job.Name, due, stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        var result = await sync.RunAsync(job.Integration, job.Connector, job.Mode, stoppingToken, due).ConfigureAwait(false);
        var outcome = result.Status switch
        {
            PullStatus.Succeeded => $"succeeded: {result.Rows} rows, {result.New} new, {result.Changed} changed, {result.Gone} gone",
            PullStatus.Failed => "failed: " + result.Error,
            PullStatus.Held => result.Error!,
            _ => "not run: " + result.Error,
        };
        await jobs.RecordAsync(job.Name, catchUp ? $"caught up (due {due:u}, missed while the service was down); {outcome}" : outcome, catchUp,
            CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record PullJob(IntegrationOptions Integration, string Connector, SyncMode Mode, ConnectorSchedule Schedule)
    {
        public string Name => $"pull:{Integration.Name}:{Connector}:{Mode}";
    }
}

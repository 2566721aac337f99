using Gateway.Afas.Scheduling;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Host.Health;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Pulls every enabled connector of every integration on its schedule (Europe/Amsterdam), plus the Verzuim window
/// pull after go-live. A pull that is still running elsewhere makes the due run a no-op (the connector's lease).
/// </summary>
public sealed class SyncScheduler(IntegrationCatalog integrations, Func<IntegrationOptions, ConnectorSync> syncs, TimeProvider clock,
    WorkerHeartbeats heartbeats, ILogger<SyncScheduler> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(integrations.Names.Select(integrations.Get).SelectMany(Jobs).Select(job => RunJobAsync(job, stoppingToken)));

    /// <summary>The scheduled pulls of one integration: each enabled connector on its schedule (configured or default), plus the Verzuim window pull after go-live.</summary>
    internal static IEnumerable<(IntegrationOptions Integration, string Connector, SyncMode Mode, ConnectorSchedule Schedule)> Jobs(IntegrationOptions integration)
    {
        foreach (var connector in SyncOrder.Connectors.Where(c => integration.Connector(c).Enabled))
        {
            var configured = integration.Connector(connector).Schedule;
            var schedule = new ConnectorSchedule(configured.Count > 0 ? configured : DefaultSchedules.For(connector));
            yield return (integration, connector, SyncOrder.DefaultMode(connector, integration), schedule);
            if (connector == AfasConnectorIds.Verzuim && integration.Verzuim.LiveSince is not null)
            {
                yield return (integration, connector, SyncMode.Full, new ConnectorSchedule(integration.Verzuim.WindowSchedule));
            }
        }
    }

    private async Task RunJobAsync((IntegrationOptions Integration, string Connector, SyncMode Mode, ConnectorSchedule Schedule) job, CancellationToken stoppingToken)
    {
        var sync = syncs(job.Integration);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = job.Schedule.Next(now);
            heartbeats.Beat($"{nameof(SyncScheduler)} {job.Integration.Name}/{job.Connector}/{job.Mode}", next - now);
            await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
            try
            {
                await sync.RunAsync(job.Integration, job.Connector, job.Mode, stoppingToken, next).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                HostLog.WorkerFailed(logger, nameof(SyncScheduler), $"{job.Integration.Name}/{job.Connector}", e);
            }
        }
    }
}

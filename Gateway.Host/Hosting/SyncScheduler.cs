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

    /// <summary>The scheduled pulls of one integration: each enabled connector on its schedule (configured or default), plus the Verzuim window pull after go-live.</summary>
    internal static IEnumerable<PullJob> Jobs(IntegrationOptions integration)
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

    private Task RunJobAsync(PullJob job, CancellationToken stoppingToken)
    {
        var sync = syncs(job.Integration);
        return new ScheduledJobRunner(jobs, clock, logger, nameof(SyncScheduler)).RunAsync(job.Name, job.Schedule.Next, job.Schedule.LastDue,
            async (due, cancellationToken) => Outcome(await sync.RunAsync(job.Integration, job.Connector, job.Mode, cancellationToken, due).ConfigureAwait(false)),
            stoppingToken);
    }

    private static string Outcome(SyncResult result) => result.Status switch
    {
        PullStatus.Succeeded => $"succeeded: {result.Rows} rows, {result.New} new, {result.Changed} changed, {result.Gone} gone",
        PullStatus.Failed => "failed: " + result.Error,
        PullStatus.Held => result.Error!,
        _ => "not run: " + result.Error,
    };

    internal sealed record PullJob(IntegrationOptions Integration, string Connector, SyncMode Mode, ConnectorSchedule Schedule)
    {
        public string Name => $"pull:{Integration.Name}:{Connector}:{Mode}";
    }
}

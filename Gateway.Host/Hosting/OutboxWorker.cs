using Gateway.Core.Configuration;
using Gateway.Core.Coordination;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Host.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Publishes the ledger's outbox events on the bus, on one node at a time: a round publishes only under the database
/// lease <c>outbox</c> (so two nodes never publish the same events), and another node takes over when this one stops.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, GatewayDatabase database, GatewayHostOptions options, TimeProvider clock, WorkerHeartbeats heartbeats,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    /// <summary>The lease a publishing round holds.</summary>
    public const string LeaseName = "outbox";

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeats.Beat(nameof(OutboxWorker), options.PollInterval);
            var published = 0;
            try
            {
                await using var lease = await new LeaseStore(database, clock).TryHoldAsync(LeaseName, LeaseDuration, stoppingToken).ConfigureAwait(false);
                if (lease is not null)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    published = await scope.ServiceProvider.GetRequiredService<OutboxPublisher>().PublishPendingAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                HostLog.WorkerFailed(logger, nameof(OutboxWorker), "outbox", e);
            }
            if (published == 0)
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}

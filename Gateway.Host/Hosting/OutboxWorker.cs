using Gateway.Core.Configuration;
using Gateway.Core.Outbox;
using Gateway.Host.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Publishes the ledger's outbox events on the bus.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, GatewayHostOptions options, TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeats.Beat(nameof(OutboxWorker), options.PollInterval);
            var published = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                published = await scope.ServiceProvider.GetRequiredService<OutboxPublisher>().PublishPendingAsync(stoppingToken).ConfigureAwait(false);
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

using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Host.Health;
using Gateway.Outbound.Deliver;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Delivers every account's due messages, account by account: at once when a message was validated (<see cref="DeliveryWakeConsumer"/>), else every poll interval.</summary>
public sealed class DeliveryWorker(AccountCatalog accounts, DeliveryDispatcher dispatcher, DeliveryTargetFactory targets, HostedCollectionCheck collection,
    GatewayHostOptions options, DeliverySignal wake, WorkerHeartbeats heartbeats, ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeats.Beat(nameof(DeliveryWorker), options.PollInterval);
            var delivered = 0;
            foreach (var account in accounts.All)
            {
                using var scope = HostLog.ForAccount(logger, account.Name);
                try
                {
                    var sessions = targets.CreateSessions(account);
                    try
                    {
                        delivered += await dispatcher.RunOnceAsync(account.Name, sessions, stoppingToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        foreach (var session in sessions)
                        {
                            await session.DisposeAsync().ConfigureAwait(false);
                        }
                    }
                    if (account.Delivery.Kind == DeliveryKind.Hosted)
                    {
                        await collection.RunOnceAsync(account.Name, targets.HostedOutbox(account), stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(DeliveryWorker), account.Name, e);
                }
            }
            if (delivered == 0)
            {
                await wake.Signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}

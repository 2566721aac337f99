using Gateway.Core.Configuration;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Sends every receiving account's partner the Documenten and Afspraken requested for it, on every poll interval.</summary>
public sealed class PartnerSendWorker(ReceivingAccountCatalog accounts, PartnerSender sender, ReceivingFolders folders, GatewayHostOptions options,
    TimeProvider clock, ILogger<PartnerSendWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && accounts.Names.Count > 0)
        {
            foreach (var account in accounts.Accounts)
            {
                try
                {
                    await sender.RunOnceAsync(account, folders.Open(account), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(PartnerSendWorker), account.Name, e);
                }
            }
            await Task.Delay(options.RetourPollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}

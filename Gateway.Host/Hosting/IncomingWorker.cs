using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Outbound.Incoming;
using Gateway.Outbound.Incoming.Dossier;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Polls every account's folder of incoming Documenten and Afspraken, then delivers what waits into AFAS as dossier items.</summary>
public sealed class IncomingWorker(AccountCatalog accounts, IncomingIntake intake, DossierDelivery dossier, DossierClients clients, SftpPushTargets sftp,
    HostedSftpOptions hosted, GatewayHostOptions options, TimeProvider clock, ILogger<IncomingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var polled = accounts.All.Where(a => !string.IsNullOrWhiteSpace(a.Incoming.Folder)).ToList();
        while (!stoppingToken.IsCancellationRequested && polled.Count > 0)
        {
            foreach (var account in polled)
            {
                try
                {
                    await intake.RunOnceAsync(account, PartnerInbox.FolderOf(account, account.Incoming, sftp, hosted), stoppingToken).ConfigureAwait(false);
                    await dossier.RunOnceAsync(account, () => clients.For(account), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(IncomingWorker), account.Name, e);
                }
            }
            await Task.Delay(options.RetourPollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}

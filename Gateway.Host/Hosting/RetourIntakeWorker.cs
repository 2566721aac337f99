using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Host.Health;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Retour;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Polls every account's Retourmelding folder and records the answers on the ledger.</summary>
public sealed class RetourIntakeWorker(AccountCatalog accounts, RetourIntake intake, SftpPushTargets sftp, HostedSftpOptions hosted,
    GatewayHostOptions options, TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<RetourIntakeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var polled = accounts.All.Where(a => !string.IsNullOrWhiteSpace(a.Retourmeldingen.Folder)).ToList();
        while (!stoppingToken.IsCancellationRequested && polled.Count > 0)
        {
            heartbeats.Beat(nameof(RetourIntakeWorker), options.RetourPollInterval);
            foreach (var account in polled)
            {
                try
                {
                    await intake.RunOnceAsync(account, RetourIntake.FolderOf(account, sftp, hosted), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(RetourIntakeWorker), account.Name, e);
                }
            }
            await Task.Delay(options.RetourPollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}

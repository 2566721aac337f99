using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Core.Coordination;
using Gateway.Core.Persistence;
using Gateway.Host.Health;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Retour;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Polls every account's Retourmelding folder and records the answers on the ledger; an account's folder is read by one
/// node at a time (database lease <c>retour:&lt;account&gt;</c>).
/// </summary>
public sealed class RetourIntakeWorker(AccountCatalog accounts, RetourIntake intake, SftpPushTargets sftp, HostedSftpOptions hosted, GatewayDatabase database,
    GatewayHostOptions options, TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<RetourIntakeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    /// <summary>The lease an account's intake round holds.</summary>
    public static string LeaseName(string account) => "retour:" + account;

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
                    await using var lease = await new LeaseStore(database, clock).TryHoldAsync(LeaseName(account.Name), LeaseDuration, stoppingToken).ConfigureAwait(false);
                    if (lease is not null)
                    {
                        await intake.RunOnceAsync(account, RetourIntake.FolderOf(account, sftp, hosted), stoppingToken).ConfigureAwait(false);
                    }
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

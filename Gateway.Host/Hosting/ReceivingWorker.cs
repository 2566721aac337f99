using Gateway.Host.Afas.Scheduling;
using Gateway.Host.Receiving.Accounts;
using Gateway.Host.Receiving.Intake;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs the receiving role: external SFTP accounts when one of their import configurations' schedules (Europe/Amsterdam
/// cron) is due, hosted inboxes on every poll interval.
/// </summary>
public sealed class ReceivingWorker(ReceivingAccountCatalog accounts, ReceivingIntake intake, ReceivingFolders folders, GatewayHostOptions options,
    TimeProvider clock, ILogger<ReceivingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedules = accounts.Accounts.ToDictionary(a => a.Name, a => a.Imports.Configurations.Where(c => c.Schedule is not null)
            .Select(c => new ConnectorSchedule([c.Schedule!])).ToList(), StringComparer.Ordinal);
        var due = accounts.Accounts.ToDictionary(a => a.Name, _ => DateTimeOffset.MinValue, StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested && accounts.Names.Count > 0)
        {
            var now = clock.GetUtcNow();
            foreach (var account in accounts.Accounts.Where(a => due[a.Name] <= now))
            {
                try
                {
                    await intake.RunOnceAsync(account, folders.Open(account), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(ReceivingWorker), account.Name, e.Message);
                }
                due[account.Name] = schedules[account.Name].Count == 0 ? now : schedules[account.Name].Min(s => s.Next(now));
            }
            await Task.Delay(options.RetourPollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}

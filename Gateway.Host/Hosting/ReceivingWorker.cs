using Gateway.Afas.Scheduling;
using Gateway.Core.Configuration;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Health;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Reports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs the receiving role: external SFTP accounts when one of their import configurations' schedules (Europe/Amsterdam
/// cron) is due, hosted inboxes on every poll interval. With SMTP configured, each run with files (or a new intake
/// problem: a folder that failed, a file left at the partner) sends the account's processing report to its recipients
/// at their mail level.
/// </summary>
public sealed class ReceivingWorker(ReceivingAccountCatalog accounts, ReceivingIntake intake, ReceivingFolders folders, GatewayHostOptions options,
    TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<ReceivingWorker> logger, IUitvalReportSender? mail = null, UitvalReportOptions? mailOptions = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedules = accounts.Accounts.ToDictionary(a => a.Name, a => a.Imports.Configurations.Where(c => c.Schedule is not null)
            .Select(c => new ConnectorSchedule([c.Schedule!])).ToList(), StringComparer.Ordinal);
        var due = accounts.Accounts.ToDictionary(a => a.Name, _ => DateTimeOffset.MinValue, StringComparer.Ordinal);
        while (!stoppingToken.IsCancellationRequested && accounts.Names.Count > 0)
        {
            heartbeats.Beat(nameof(ReceivingWorker), options.RetourPollInterval);
            var now = clock.GetUtcNow();
            foreach (var account in accounts.Accounts.Where(a => due[a.Name] <= now))
            {
                try
                {
                    var run = await intake.RunAsync(account, folders.Open(account), stoppingToken).ConfigureAwait(false);
                    if (mail is not null && mailOptions is not null && (run.Outcomes.Count > 0 || run.Problems.Any(p => p.IsNew)))
                    {
                        var reports = ProcessingReportComposer.Compose(account, run.Outcomes, mailOptions.From, clock.GetUtcNow(), run.Problems);
                        await mail.SendAsync(reports, stoppingToken).ConfigureAwait(false);
                        foreach (var report in reports)
                        {
                            report.Dispose();
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(ReceivingWorker), account.Name, e);
                }
                due[account.Name] = schedules[account.Name].Count == 0 ? now : schedules[account.Name].Min(s => s.Next(now));
            }
            await Task.Delay(options.RetourPollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }
}

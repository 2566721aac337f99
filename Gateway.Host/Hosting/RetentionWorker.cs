using Gateway.Core.Ledger;
using Gateway.Core.Scheduling;
using Gateway.Core.Time;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Purges message bodies past their account's retention every night at 03:30 Europe/Amsterdam (<see cref="LedgerRetention"/>),
/// as the scheduled job <c>retention</c>: on one node, and caught up once after the service was down.
/// </summary>
public sealed class RetentionWorker(LedgerRetention retention, ScheduledJobStore jobs, TimeProvider clock, ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string JobName = "retention";

    private static readonly CronSchedule Nightly = new(["30 3 * * *"]);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new ScheduledJobRunner(jobs, clock, logger, nameof(RetentionWorker)).RunAsync(JobName, Nightly.Next, Nightly.LastDue, async (_, cancellationToken) =>
        {
            var purged = await retention.RunAsync(dryRun: false, "retention", cancellationToken).ConfigureAwait(false);
            return purged.Count == 0 ? "nothing past retention" : "purged " + string.Join(", ", purged.Select(p => $"{p.Account}: {p.Messages} bodies, {p.Documents} documents"));
        }, stoppingToken);
}

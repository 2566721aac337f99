using Gateway.Core.Scheduling;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs one scheduled job of the service (a pull, retention) at each due time, on the node that claims that due time
/// (<see cref="ScheduledJobStore"/>), and records how it went. At start, a due time that passed while the service was
/// down runs once, at once, logged and recorded as a catch-up. A failed run is logged; the job goes on at its next time.
/// </summary>
internal sealed class ScheduledJobRunner(ScheduledJobStore jobs, TimeProvider clock, ILogger logger, string worker)
{
    /// <param name="next">The schedule's first due time after an instant.</param>
    /// <param name="lastDue">The schedule's latest due time after the first instant up to the second, if any.</param>
    /// <param name="run">Runs the job for a due time; returns its outcome in words.</param>
    public async Task RunAsync(string name, Func<DateTimeOffset, DateTimeOffset> next, Func<DateTimeOffset, DateTimeOffset, DateTimeOffset?> lastDue,
        Func<DateTimeOffset, CancellationToken, Task<string>> run, CancellationToken stoppingToken)
    {
        try
        {
            if (await jobs.MissedAsync(name, lastDue, stoppingToken).ConfigureAwait(false) is { } missed)
            {
                HostLog.CatchingUp(logger, name, missed);
                await RunDueAsync(name, missed, catchUp: true, run, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            HostLog.WorkerFailed(logger, worker, name, e);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = next(now);
            await Task.Delay(due - now, clock, stoppingToken).ConfigureAwait(false);
            try
            {
                await RunDueAsync(name, due, catchUp: false, run, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                HostLog.WorkerFailed(logger, worker, name, e);
            }
        }
    }

    private async Task RunDueAsync(string name, DateTimeOffset due, bool catchUp, Func<DateTimeOffset, CancellationToken, Task<string>> run, CancellationToken stoppingToken)
    {
        if (!await jobs.ClaimAsync(name, due, stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        var outcome = await run(due, stoppingToken).ConfigureAwait(false);
        await jobs.RecordAsync(name, catchUp ? $"caught up (due {due:u}, missed while the service was down); {outcome}" : outcome, catchUp,
            CancellationToken.None).ConfigureAwait(false);
    }
}

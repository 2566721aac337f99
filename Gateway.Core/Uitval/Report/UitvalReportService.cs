using Gateway.Core.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Sends the uitval report every day at <see cref="UitvalReportOptions.Time"/> in
/// <see cref="UitvalReportOptions.TimeZone"/> (07:00 Europe/Amsterdam). A report that cannot be sent is tried again
/// after <see cref="UitvalReportOptions.RetryDelay"/>, up to <see cref="UitvalReportOptions.SendAttempts"/> times (one
/// Polly retry pipeline);
/// after that the next day's report carries the items again (they are still open). With several nodes each report goes
/// out from the node that claims its due time (<see cref="ScheduledJobStore"/>); a report that fell due while the
/// service was down goes out once when it starts again (a catch-up, logged and recorded).
/// </summary>
public sealed partial class UitvalReportService : BackgroundService
{
    private readonly TimeProvider _time;
    private readonly IUitvalReportSource _source;
    private readonly UitvalReportComposer _composer;
    private readonly IUitvalReportSender _sender;
    private readonly UitvalReportOptions _options;
    private readonly DailySchedule _schedule;
    private readonly ILogger<UitvalReportService> _logger;
    private readonly ScheduledJobStore? _jobs;
    private readonly ResiliencePipeline _retry;

    /// <summary>The scheduled job's name (<see cref="ScheduledJob"/>).</summary>
    public const string JobName = "uitval-report";

    public UitvalReportService(TimeProvider time, IUitvalReportSource source, UitvalReportComposer composer,
        IUitvalReportSender sender, UitvalReportOptions options, ILogger<UitvalReportService> logger, ScheduledJobStore? jobs = null)
    {
        _jobs = jobs;
        _time = time;
        _source = source;
        _composer = composer;
        _sender = sender;
        _options = options;
        _schedule = DailySchedule.From(options);
        _retry = ReportRetry(options, time);
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_jobs is not null && await _jobs.MissedAsync(JobName, _schedule.LastDue, stoppingToken).ConfigureAwait(false) is { } missed)
        {
            LogCatchingUp(missed);
            await RunDueAsync(missed, catchUp: true, stoppingToken).ConfigureAwait(false);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = _schedule.NextAfter(_time.GetUtcNow());
            LogNextReport(next);
            if (!await WaitUntilAsync(next, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
            await RunDueAsync(next, catchUp: false, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends the report due at <paramref name="due"/> when this node claims it (always, without a job store).</summary>
    private async Task RunDueAsync(DateTimeOffset due, bool catchUp, CancellationToken stoppingToken)
    {
        try
        {
            if (_jobs is not null && !await _jobs.ClaimAsync(JobName, due, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogSendFailed(e, due, 0, 0);
            return;
        }
        var sent = await SendWithRetriesAsync(due, stoppingToken).ConfigureAwait(false);
        if (_jobs is not null)
        {
            var outcome = (sent ? "sent" : "not sent (see the log)") + (catchUp ? $"; caught up (due {due:u}, missed while the service was down)" : "");
            await _jobs.RecordAsync(JobName, outcome, catchUp, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Composes, sends and marks as reported the report of <paramref name="reportTime"/>, once.</summary>
    public async Task SendReportAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        await ComposeAndSendAsync(reportTime, cancellationToken).ConfigureAwait(false);
        await _source.MarkReportedAsync(reportTime, cancellationToken).ConfigureAwait(false);
    }

    private async Task ComposeAndSendAsync(DateTimeOffset reportTime, CancellationToken cancellationToken)
    {
        var items = await _source.GetItemsAsync(reportTime, cancellationToken).ConfigureAwait(false);
        foreach (var account in _composer.AccountsWithoutRecipients(items))
        {
            LogNoRecipients(account);
        }
        var reports = _composer.Compose(items, reportTime);
        try
        {
            await _sender.SendAsync(reports, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var report in reports)
            {
                report.Dispose();
            }
        }
        LogReportDone(reportTime, reports.Count, items.Count);
    }

    /// <summary>
    /// Sends with retries (<see cref="_retry"/>); marks the report as done only once, after it went out, so a failure to
    /// record that never sends the same e-mails twice (the next report then lists those items as new again).
    /// </summary>
    private async Task<bool> SendWithRetriesAsync(DateTimeOffset reportTime, CancellationToken stoppingToken)
    {
        var attempts = Math.Max(1, _options.SendAttempts);
        var attempt = 0;
        var sending = false;
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                attempt++;
                sending = true;
                try
                {
                    await ComposeAndSendAsync(reportTime, token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    LogSendFailed(e, reportTime, attempt, attempts);
                    throw;
                }
                finally
                {
                    sending = false;
                }
            }, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested && !sending)
        {
            return false; // stopping while waiting for the next attempt
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            return false; // every attempt failed, each one logged
        }
        await MarkReportedAsync(reportTime, stoppingToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The retry of a whole report: up to <see cref="UitvalReportOptions.SendAttempts"/> attempts in all,
    /// <see cref="UitvalReportOptions.RetryDelay"/> apart (constant, no jitter), on the service's clock; every failure
    /// but a stop is tried again (the sender already retried transient SMTP failures within an attempt).
    /// </summary>
    private static ResiliencePipeline ReportRetry(UitvalReportOptions options, TimeProvider time) => options.SendAttempts <= 1
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.SendAttempts - 1,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                Delay = options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e
                    && !(e is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
            })
            .Build();

    private async Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken stoppingToken)
    {
        try
        {
            await _source.MarkReportedAsync(reportTime, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogMarkFailed(e, reportTime);
        }
    }

    /// <summary>Waits on the time provider; false when the service is stopping.</summary>
    private async Task<bool> WaitUntilAsync(DateTimeOffset instant, CancellationToken stoppingToken)
    {
        try
        {
            // a timer may fire a little early when the wall clock was corrected meanwhile: wait for the rest
            for (var delay = instant - _time.GetUtcNow(); delay > TimeSpan.Zero; delay = instant - _time.GetUtcNow())
            {
                await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
            }
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The uitval report due at {ReportTime:O} was missed while the service was down: it goes out once now (catch-up)")]
    private partial void LogCatchingUp(DateTimeOffset reportTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "Next uitval report at {ReportTime:O}")]
    private partial void LogNextReport(DateTimeOffset reportTime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uitval for account {Account} has no report recipients (Gateway:UitvalReport:Recipients)")]
    private partial void LogNoRecipients(string account);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uitval report of {ReportTime:O}: {ReportCount} e-mails for {ItemCount} items")]
    private partial void LogReportDone(DateTimeOffset reportTime, int reportCount, int itemCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Uitval report of {ReportTime:O} was sent but could not be recorded as sent")]
    private partial void LogMarkFailed(Exception exception, DateTimeOffset reportTime);

    [LoggerMessage(Level = LogLevel.Error, Message = "Uitval report of {ReportTime:O} failed (attempt {Attempt} of {Attempts})")]
    private partial void LogSendFailed(Exception exception, DateTimeOffset reportTime, int attempt, int attempts);
}

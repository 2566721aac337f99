using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

internal static partial class HostLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "{Worker} failed for {Subject}; it carries on at the next round: {ErrorType}: {Error}")]
    private static partial void WorkerFailed(ILogger logger, string worker, string subject, string errorType, string error);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "{Worker} failure for {Subject}, with its stack trace")]
    private static partial void WorkerFailedDetail(ILogger logger, string worker, string subject, Exception exception);

    /// <summary>Puts the account on every event logged inside the scope (property <c>Account</c>), whichever component logs it.</summary>
    public static IDisposable? ForAccount(ILogger logger, string account) =>
        logger.BeginScope(new Dictionary<string, object> { ["Account"] = account });

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Released {Count} leases a dead gateway process on this node left (their work goes on now): {Leases}")]
    public static partial void ReleasedDeadLeases(ILogger logger, int count, string leases);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "{Job} was due at {Due:O} while the service was down: it runs once now (catch-up)")]
    public static partial void CatchingUp(ILogger logger, string job, DateTimeOffset due);

    /// <summary>The failure's type and message at Error; its stack trace at Debug (the same failure repeats every round).</summary>
    public static void WorkerFailed(ILogger logger, string worker, string subject, Exception exception)
    {
        WorkerFailed(logger, worker, subject, exception.GetType().Name, exception.Message);
        WorkerFailedDetail(logger, worker, subject, exception);
    }
}

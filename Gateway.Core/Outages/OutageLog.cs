using Microsoft.Extensions.Logging;

namespace Gateway.Core.Outages;

/// <summary>Log events of partner outages: accounts, counts, times and the transport's error text; never message content.</summary>
internal static partial class OutageLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "Partner of {Account} unreachable ({Activity}): {Error}. Its deliveries and Retourmeldingen are paused and probed with backoff (next at {NextProbeUtc}); alert uitval {AlertId}")]
    public static partial void Started(ILogger logger, string account, string activity, string error, DateTime nextProbeUtc, long alertId);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Debug, Message = "Partner of {Account} still unreachable after {Failures} attempts ({Activity}): {Error}; next probe at {NextProbeUtc}")]
    public static partial void StillDown(ILogger logger, string account, int failures, string activity, string error, DateTime nextProbeUtc);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Partner of {Account} reachable again after {Minutes:0.#} min and {Failures} failed attempts; deliveries resume, alert uitval {AlertId} closed")]
    public static partial void Ended(ILogger logger, string account, double minutes, int failures, long? alertId);
}

using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Sync;

/// <summary>Log events of connector pulls: ids and counts only.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Pull {PullRunId} of {Integration}/{Connector} ({Mode}) started")]
    public static partial void Started(ILogger logger, long pullRunId, string integration, string connector, SyncMode mode);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Pull {PullRunId} of {Integration}/{Connector} done: {Rows} rows, {New} new, {Changed} changed, {Gone} gone, {SkippedInactive} of inactive employers, {Uitval} uitval")]
    public static partial void Succeeded(ILogger logger, long pullRunId, string integration, string connector, int rows, int @new, int changed, int gone, int skippedInactive, int uitval);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Pull {PullRunId} of {Integration}/{Connector} failed, no state changed: {Error}")]
    public static partial void Failed(ILogger logger, long pullRunId, string integration, string connector, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Pull of {Integration}/{Connector} skipped: another pull of it is running")]
    public static partial void Overlapping(ILogger logger, string integration, string connector);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
        Message = "Pull {PullRunId} of {Integration}/{Connector} held as pending pull {PendingPullId}, no state changed: {Reason}; an admin approves or rejects it")]
    public static partial void Held(ILogger logger, long pullRunId, string integration, string connector, long pendingPullId, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "{Count} new employers of {Integration} await activation")]
    public static partial void NewEmployers(ILogger logger, string integration, int count);
}

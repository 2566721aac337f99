using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

internal static partial class HostLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "{Worker} failed for {Subject}; it carries on at the next round: {Error}")]
    public static partial void WorkerFailed(ILogger logger, string worker, string subject, string error);
}

using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Preview;

/// <summary>Log events of go-live previews: account, employer code and counts only.</summary>
internal static partial class PreviewLog
{
    [LoggerMessage(EventId = 8201, Level = LogLevel.Information,
        Message = "Go-live preview of employer {Employer} for {Account}: {Messages} messages, {Uitval} uitval, nothing sent or stored")]
    public static partial void Done(ILogger logger, string account, string employer, int messages, int uitval);

    [LoggerMessage(EventId = 8202, Level = LogLevel.Warning, Message = "Go-live preview of employer {Employer} for {Account}: AFAS could not be read: {Error}")]
    public static partial void PullFailed(ILogger logger, string account, string employer, string error);
}

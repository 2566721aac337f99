using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Sending;

/// <summary>Log messages of what the receiving role sends: account, ids, types and reasons; never a document or an afspraak's text.</summary>
internal static partial class SendLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "{MessageType} request {RequestId} sent to {Account} as {Berrefnr}")]
    public static partial void Sent(ILogger logger, string account, long requestId, string messageType, string berrefnr);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Drop folder request {FileName} for {Account} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string account, string fileName, string reason);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Information, Message = "{Account} answered {Berrefnr}: processed {Processed}")]
    public static partial void Answered(ILogger logger, string account, string berrefnr, bool processed);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning, Message = "Retourmelding {FileName} of {Account} answers nothing this account sent ({Berrefnr})")]
    public static partial void Unmatched(ILogger logger, string account, string fileName, string? berrefnr);
}

using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Retour;

internal static partial class RetourLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Retourmelding for {MessageId} ({Berrefnr}) of {Account}: processed {Processed}")]
    public static partial void Recorded(ILogger logger, string account, Guid messageId, string berrefnr, bool processed);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Retourmelding {FileName} of {Account} answers unknown Berrefnr {Berrefnr}")]
    public static partial void Unknown(ILogger logger, string account, string fileName, string berrefnr);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "{FileName} of {Account} is not a readable Retourmelding1")]
    public static partial void Unreadable(ILogger logger, string account, string fileName);
}

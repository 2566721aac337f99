using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Incoming;

/// <summary>Log messages of the incoming messages: account, file, Berrefnr, item ids and counts; never document contents or afspraak texts.</summary>
internal static partial class IncomingLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "{MessageType} {Berrefnr} of {Account} ({FileName}) taken: {Items} items")]
    public static partial void Accepted(ILogger logger, string account, string fileName, string messageType, string berrefnr, int items);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "{FileName} of {Account} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string account, string fileName, string reason);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Information, Message = "{MessageType} {Berrefnr} of {Account} was taken before; {FileName} changes nothing")]
    public static partial void Repeated(ILogger logger, string account, string fileName, string messageType, string berrefnr);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Information, Message = "Incoming item {ItemId} of {Account} is AFAS dossier item {SubjectId}")]
    public static partial void Delivered(ILogger logger, string account, long itemId, string subjectId);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Warning, Message = "Incoming item {ItemId} of {Account}: AFAS not reached (attempt {Attempt}, {FailureKind}); tried again later")]
    public static partial void DeliveryPostponed(ILogger logger, string account, long itemId, int attempt, string failureKind);

    [LoggerMessage(EventId = 8106, Level = LogLevel.Error, Message = "Incoming item {ItemId} of {Account} not delivered into AFAS (uitval): {FailureKind}, HTTP {StatusCode}")]
    public static partial void DeliveryFailed(ILogger logger, string account, long itemId, string failureKind, int? statusCode);
}

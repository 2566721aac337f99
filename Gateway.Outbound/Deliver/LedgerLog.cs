using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Deliver;

/// <summary>Ledger log events: message ids, accounts and file names only, never bodies.</summary>
internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Delivered {MessageId} ({MessageType}) of {Account} as {FileName}")]
    public static partial void Delivered(ILogger logger, Guid messageId, string account, string messageType, string fileName);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Delivery of {MessageId} of {Account} failed (attempt {Attempt}), retrying at {NextAttemptUtc}: {Error}")]
    public static partial void Retrying(ILogger logger, Guid messageId, string account, int attempt, DateTime nextAttemptUtc, string error);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Delivery of {MessageId} of {Account} failed for good after {Attempts} attempts; later messages of its case wait: {Error}")]
    public static partial void Failed(ILogger logger, Guid messageId, string account, int attempts, string error);
}

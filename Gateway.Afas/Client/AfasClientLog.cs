using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Client;

/// <summary>Log messages of the AFAS client: connector, positions, counts and keys only; never values or tokens.</summary>
internal static partial class AfasClientLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "AFAS {ConnectorId}: page skip {Skip} take {Take} read, {Rows} rows, {Rejected} rejected")]
    public static partial void PageRead(ILogger logger, string connectorId, int skip, int take, int rows, int rejected);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "AFAS {ConnectorId}: page skip {Skip} attempt {Attempt} failed ({FailureKind}, HTTP {StatusCode}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string connectorId, int skip, int attempt, string failureKind, int? statusCode, long delayMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "AFAS {ConnectorId}: page skip {Skip} failed after {Attempts} attempts ({FailureKind}, HTTP {StatusCode}, profitLogReference {ProfitLogReference})")]
    public static partial void Failed(ILogger logger, string connectorId, int skip, int attempts, string failureKind, int? statusCode, string? profitLogReference);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "AFAS {ConnectorId}: row {Position} with key {RecordKey} rejected: field {Field} {Reason}")]
    public static partial void RowRejected(ILogger logger, string connectorId, long position, string? recordKey, string field, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "AFAS {ConnectorId}: pull complete, {Pages} pages, {Rows} rows, {Rejected} rejected")]
    public static partial void PullComplete(ILogger logger, string connectorId, int pages, long rows, long rejected);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "AFAS {ConnectorId}: pull abandoned after {Pages} pages; nothing committed")]
    public static partial void PullAbandoned(ILogger logger, string connectorId, int pages, Exception exception);
}

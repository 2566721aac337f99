using Microsoft.Extensions.Logging;

namespace Gateway.Afas.Dossier;

/// <summary>Log messages of the UpdateConnector client: connector, attempt and status only; never the item or its files.</summary>
internal static partial class DossierLog
{
    [LoggerMessage(EventId = 4150, Level = LogLevel.Warning, Message = "AFAS {ConnectorId}: attempt {Attempt} failed ({FailureKind}, HTTP {StatusCode}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string connectorId, int attempt, string failureKind, int? statusCode, long delayMs);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Error, Message = "AFAS {ConnectorId}: failed after {Attempts} attempts ({FailureKind}, HTTP {StatusCode}, profitLogReference {ProfitLogReference})")]
    public static partial void Failed(ILogger logger, string connectorId, int attempts, string failureKind, int? statusCode, string? profitLogReference);
}

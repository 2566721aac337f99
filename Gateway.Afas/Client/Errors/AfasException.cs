using System.Net;
using Gateway.Core.Bus;

namespace Gateway.Afas.Client.Errors;

/// <summary>
/// A GetConnector request that failed for good (after the retries a transient failure gets). Carries the HTTP
/// status and what AFAS said (externalMessage, errorNumber, profitLogReference); never the token or filter values.
/// </summary>
public abstract class AfasException : Exception, ITransientAware
{
    protected AfasException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, string message, Exception? innerException = null)
        : base(Compose(connectorId, statusCode, details, message), innerException)
    {
        ConnectorId = connectorId;
        StatusCode = statusCode;
        Details = details;
    }

    public string ConnectorId { get; }

    public HttpStatusCode? StatusCode { get; }

    public AfasErrorDetails Details { get; }

    public string? ExternalMessage => Details.ExternalMessage;

    public string? ProfitLogReference => Details.ProfitLogReference;

    /// <summary>Whether another attempt may succeed (5xx, 503, timeouts, connection errors, broken JSON).</summary>
    public abstract bool IsTransient { get; }

    /// <summary>Attempts made before giving up.</summary>
    public int Attempts { get; internal set; } = 1;

    private static string Compose(string connectorId, HttpStatusCode? status, AfasErrorDetails details, string message)
    {
        var text = $"AFAS GetConnector {connectorId}: {message}";
        if (status is { } code)
        {
            text += $" (HTTP {(int)code})";
        }
        if (!string.IsNullOrWhiteSpace(details.ExternalMessage))
        {
            text += $". AFAS: {details.ExternalMessage}";
        }
        if (!string.IsNullOrWhiteSpace(details.ProfitLogReference))
        {
            text += $" [profitLogReference {details.ProfitLogReference}]";
        }
        return text;
    }
}

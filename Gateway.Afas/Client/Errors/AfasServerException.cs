using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>5xx (503 included): Profit failed or is unavailable; retried before this is thrown.</summary>
public sealed class AfasServerException : AfasException
{
    public AfasServerException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "AFAS failed", innerException)
    {
    }

    public override bool IsTransient => true;
}

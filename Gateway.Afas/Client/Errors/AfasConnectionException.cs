using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>The connection could not be made or broke off; retried before this is thrown.</summary>
public sealed class AfasConnectionException : AfasException
{
    public AfasConnectionException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "the connection failed", innerException)
    {
    }

    public override bool IsTransient => true;
}

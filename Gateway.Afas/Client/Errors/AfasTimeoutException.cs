using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>The request (body included) did not complete within the configured timeout; retried before this is thrown.</summary>
public sealed class AfasTimeoutException : AfasException
{
    public AfasTimeoutException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "no complete answer within the request timeout", innerException)
    {
    }

    public override bool IsTransient => true;
}

using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>The body was truncated or not valid GetConnector JSON; retried before this is thrown.</summary>
public sealed class AfasInvalidResponseException : AfasException
{
    public AfasInvalidResponseException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : this(connectorId, statusCode, details, "the answer was not a complete GetConnector JSON document", innerException)
    {
    }

    /// <param name="problem">What was wrong, without body content (positions only).</param>
    public AfasInvalidResponseException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, string problem, Exception? innerException = null)
        : base(connectorId, statusCode, details, problem, innerException)
    {
    }

    public override bool IsTransient => true;
}

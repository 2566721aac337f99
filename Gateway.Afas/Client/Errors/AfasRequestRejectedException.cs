using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>Another 4xx: AFAS rejected the request itself (e.g. an unknown filter field).</summary>
public sealed class AfasRequestRejectedException : AfasException
{
    public AfasRequestRejectedException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "the request was rejected", innerException)
    {
    }

    public override bool IsTransient => false;
}

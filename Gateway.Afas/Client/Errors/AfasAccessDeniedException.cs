using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>403: refused, typically by the App connector's IP restriction (IPv6 is not supported by AFAS).</summary>
public sealed class AfasAccessDeniedException : AfasException
{
    public AfasAccessDeniedException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "access denied, probably the App connector's IP restriction", innerException)
    {
    }

    public override bool IsTransient => false;
}

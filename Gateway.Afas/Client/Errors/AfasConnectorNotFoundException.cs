using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>404: the GetConnector is not known to (or not authorised for) the App connector.</summary>
public sealed class AfasConnectorNotFoundException : AfasException
{
    public AfasConnectorNotFoundException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "the GetConnector does not exist or is not part of the App connector", innerException)
    {
    }

    public override bool IsTransient => false;
}

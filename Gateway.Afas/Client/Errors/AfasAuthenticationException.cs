using System.Net;

namespace Gateway.Afas.Client.Errors;

/// <summary>401: the App connector token is wrong, expired or revoked.</summary>
public sealed class AfasAuthenticationException : AfasException
{
    public AfasAuthenticationException(string connectorId, HttpStatusCode? statusCode, AfasErrorDetails details, Exception? innerException = null)
        : base(connectorId, statusCode, details, "the token was refused", innerException)
    {
    }

    public override bool IsTransient => false;
}

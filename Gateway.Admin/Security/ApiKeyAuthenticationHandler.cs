using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Admin.Security;

/// <summary>
/// Authenticates API calls by the key in <c>X-Api-Key</c> or <c>Authorization: Bearer &lt;key&gt;</c>. No key: no
/// result (the policy then answers 401); an unknown key: failure, logged with the caller's address, never the key.
/// An address that presented too many unknown keys gets 429 without its key being checked (<see cref="FailedKeyThrottle"/>).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder, AdminUserDirectory users,
    FailedKeyThrottle throttle, AdminOptions admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Request item holding how long a throttled address must wait, for the challenge to answer 429.</summary>
    private static readonly object RetryAfterItem = new();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address) is { } wait)
        {
            Context.Items[RetryAfterItem] = wait;
            return Task.FromResult(AuthenticateResult.Fail("too many unknown API keys from this address"));
        }
        var user = users.Authenticate(key);
        if (user is null)
        {
            AdminLog.KeyRejected(Logger, Request.Path, address);
            if (throttle.Failed(address))
            {
                AdminLog.KeysThrottled(Logger, address, admin.FailedKeyLimit, admin.FailedKeyWindowMinutes);
            }
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(AdminPrincipal.Create(user, Scheme.Name), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[RetryAfterItem] is TimeSpan wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many unknown API keys",
                detail: $"This address presented too many unknown API keys; no key from it is checked for another {seconds} seconds.").ExecuteAsync(Context);
        }
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
            detail: $"Send a configured API key in the {AdminSchemes.ApiKeyHeader} header or as Authorization: Bearer <key>.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "This needs the Admin role; auditors may only read.").ExecuteAsync(Context);

    private static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers[AdminSchemes.ApiKeyHeader].ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            return header.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > BearerPrefix.Length
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }
}

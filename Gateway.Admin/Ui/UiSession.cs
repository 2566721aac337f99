using Gateway.Admin.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Ui;

/// <summary>Login with an API key (turned into a session cookie) and logout.</summary>
internal static class UiSession
{
    public static IResult Form(HttpContext context, string? returnUrl) =>
        UiRequest.Html(LoginPage.Render(UiRequest.Page(context), UiRequest.LocalReturnUrl(returnUrl)));

    public static async Task<IResult> LoginAsync(HttpContext context, AdminUserDirectory users, FailedKeyThrottle throttle, AdminOptions options,
        ILogger<AdminUserDirectory> logger, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var returnUrl = UiRequest.LocalReturnUrl(form["returnUrl"]);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return UiRequest.Html(LoginPage.Render(UiRequest.Page(context), returnUrl, LoginProblem.Throttled), StatusCodes.Status429TooManyRequests);
        }
        var key = form["apiKey"].ToString();
        var user = key.Length == 0 ? null : users.Authenticate(key);
        if (user is null)
        {
            AdminLog.LoginRejected(logger, address);
            if (key.Length > 0 && throttle.Failed(address))
            {
                AdminLog.KeysThrottled(logger, address, options.FailedKeyLimit, options.FailedKeyWindowMinutes);
            }
            return UiRequest.Html(LoginPage.Render(UiRequest.Page(context), returnUrl, LoginProblem.UnknownKey), StatusCodes.Status401Unauthorized);
        }
        await context.SignInAsync(AdminSchemes.Cookie, AdminPrincipal.Create(user, AdminSchemes.Cookie),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true }).ConfigureAwait(false);
        AdminLog.LoggedIn(logger, user.Name, user.Role);
        return Results.Redirect(returnUrl);
    }

    public static async Task<IResult> LogoutAsync(HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await context.SignOutAsync(AdminSchemes.Cookie).ConfigureAwait(false);
        return Results.Redirect("/ui/login");
    }
}

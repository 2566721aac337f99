using Gateway.Host.Admin.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Admin.Ui;

/// <summary>Login with an API key (turned into a session cookie) and logout.</summary>
internal static class UiSession
{
    public static IResult Form(HttpContext context, string? returnUrl) =>
        UiRequest.Html(LoginPage.Render(UiRequest.Page(context), UiRequest.LocalReturnUrl(returnUrl), failed: false));

    public static async Task<IResult> LoginAsync(HttpContext context, AdminUserDirectory users, ILogger<AdminUserDirectory> logger, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var returnUrl = UiRequest.LocalReturnUrl(form["returnUrl"]);
        var key = form["apiKey"].ToString();
        var user = key.Length == 0 ? null : users.Authenticate(key);
        if (user is null)
        {
            AdminLog.LoginRejected(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return UiRequest.Html(LoginPage.Render(UiRequest.Page(context), returnUrl, failed: true), StatusCodes.Status401Unauthorized);
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

using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Security;

/// <summary>
/// A UI session lives only as long as its user and key are configured: removing a user or changing their key or role
/// ends their sessions at the next request — on the server too (<see cref="DatabaseTicketStore.EndAsync"/>), so the
/// same cookie does not come back to life if the old key were configured again.
/// </summary>
internal static class CookieSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        var keyId = principal?.FindFirst(AdminSchemes.KeyIdClaim)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<AdminUserDirectory>();
        var user = name is null || keyId is null ? null : users.Find(name, keyId);
        if (user is not null && principal!.IsInRole(user.Role.ToString()))
        {
            return;
        }
        context.RejectPrincipal();
        if (context.Properties.Items.TryGetValue(DatabaseTicketStore.SessionIdProperty, out var session) && session is not null)
        {
            var store = context.HttpContext.RequestServices.GetRequiredService<DatabaseTicketStore>();
            await store.EndAsync(session, "key-changed", context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}

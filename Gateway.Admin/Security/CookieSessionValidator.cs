using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Security;

/// <summary>
/// A UI session lives only as long as its user and key are configured: removing a user or changing their key or role
/// ends their sessions at the next request.
/// </summary>
internal static class CookieSessionValidator
{
    public static Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        var keyId = principal?.FindFirst(AdminSchemes.KeyIdClaim)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<AdminUserDirectory>();
        var user = name is null || keyId is null ? null : users.Find(name, keyId);
        if (user is null || !principal!.IsInRole(user.Role.ToString()))
        {
            context.RejectPrincipal();
        }
        return Task.CompletedTask;
    }
}

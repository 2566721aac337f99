using System.Security.Claims;

namespace Gateway.Admin.Security;

/// <summary>Claims of an admin user, and reading them back.</summary>
internal static class AdminPrincipal
{
    public static ClaimsPrincipal Create(AdminUser user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(AdminSchemes.KeyIdClaim, user.KeyId),
            ], scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The name for the audit log.</summary>
    public static string UserName(ClaimsPrincipal principal) =>
        principal.Identity?.Name ?? throw new InvalidOperationException("no authenticated admin user");

    public static bool IsAdmin(ClaimsPrincipal principal) => principal.IsInRole(nameof(AdminRole.Admin));

    /// <summary>Everyone who is not an admin sees personal data masked.</summary>
    public static bool SeesMasked(ClaimsPrincipal principal) => !IsAdmin(principal);
}

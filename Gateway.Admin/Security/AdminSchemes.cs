namespace Gateway.Admin.Security;

/// <summary>Names of the admin authentication schemes, authorization policies and claims.</summary>
internal static class AdminSchemes
{
    /// <summary>The API: <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</summary>
    public const string ApiKey = "GatewayAdminApiKey";

    /// <summary>The web UI: a session cookie made at login.</summary>
    public const string Cookie = "GatewayAdminCookie";

    public const string ApiRead = "gateway-admin-api-read";

    public const string ApiWrite = "gateway-admin-api-write";

    public const string UiRead = "gateway-admin-ui-read";

    public const string UiWrite = "gateway-admin-ui-write";

    public const string KeyIdClaim = "gateway:admin:key";

    public const string ApiKeyHeader = "X-Api-Key";
}

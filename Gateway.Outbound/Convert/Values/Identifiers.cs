namespace Gateway.Outbound.Convert.Values;

/// <summary>AFAS GUIDs as SIVI identifiers: "{6996f13d-...}" → "6996F13D-...", 36 characters.</summary>
public static class Identifiers
{
    public static string? Guid(string? afasGuid)
    {
        var trimmed = afasGuid?.Trim().TrimStart('{').TrimEnd('}').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToUpperInvariant();
    }
}

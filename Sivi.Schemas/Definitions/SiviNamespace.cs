namespace Sivi.Schemas.Definitions;

/// <summary>
/// A SIVI Verzuimstandaard namespace, <c>http://www.sivi.org/Verzuimmanagement/&lt;Root&gt;/&lt;release&gt;</c>: it names
/// the message's root element and its release (the jaargang), whether or not the gateway has a schema for it.
/// </summary>
public readonly record struct SiviNamespace(string RootElement, string Release)
{
    public const string Prefix = "http://www.sivi.org/Verzuimmanagement/";

    public string Uri => Prefix + RootElement + "/" + Release;

    /// <summary>Reads a namespace of the form <c>&lt;Prefix&gt;&lt;Root&gt;/&lt;release&gt;</c> (both parts non-empty, no further slash).</summary>
    public static bool TryParse(string? namespaceUri, out SiviNamespace parsed)
    {
        parsed = default;
        if (namespaceUri is null || !namespaceUri.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = namespaceUri.AsSpan(Prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1 || rest[(slash + 1)..].Contains('/'))
        {
            return false;
        }
        parsed = new SiviNamespace(rest[..slash].ToString(), rest[(slash + 1)..].ToString());
        return true;
    }

    public override string ToString() => Uri;
}

namespace Sivi.Schemas.Definitions;

/// <summary>A message type as it stands in one release: its header codes, namespace and element tree.</summary>
public sealed class MessageSchema
{
    public const string NamespacePrefix = SiviNamespace.Prefix;

    public MessageSchema(string name, string release, string rootElement, string? berichtCode, string? versieCode,
        ElementDefinition root)
    {
        Name = name;
        Release = release;
        RootElement = rootElement;
        BerichtCode = berichtCode;
        VersieCode = versieCode;
        Root = root;
    }

    /// <summary>The message type's name as SIVI publishes its file, e.g. WerknemersGegevens.</summary>
    public string Name { get; }

    public string Release { get; }

    /// <summary>The root element's local name, e.g. WerknemerGegevens (no s).</summary>
    public string RootElement { get; }

    /// <summary>BrCd: the message code; null when the standard leaves it open (any code of up to 5 characters).</summary>
    public string? BerichtCode { get; }

    /// <summary>VnrBrCd: the message version code of this release; null when the standard leaves it open.</summary>
    public string? VersieCode { get; }

    public string Namespace => NamespaceFor(RootElement, Release);

    public ElementDefinition Root { get; }

    public static string NamespaceFor(string rootElement, string release) => new SiviNamespace(rootElement, release).Uri;

    /// <summary>Finds an element by its slash path (/Root/Child/...), or null.</summary>
    public ElementDefinition? Find(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !string.Equals(parts[0], Root.Name, StringComparison.Ordinal))
        {
            return null;
        }
        var current = Root;
        for (var i = 1; i < parts.Length && current is not null; i++)
        {
            current = current.FindChild(parts[i]);
        }
        return current;
    }

    public override string ToString() => $"{Name} {Release}";
}

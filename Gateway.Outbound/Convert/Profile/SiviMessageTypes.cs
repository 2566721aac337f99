namespace Gateway.Outbound.Convert.Profile;

/// <summary>The SIVI message types the gateway produces, by the names SIVI publishes them under.</summary>
public static class SiviMessageTypes
{
    public const string Verzuimmeldingen = "Verzuimmeldingen";
    public const string Dienstverbanden = "Dienstverbanden";
    public const string WerknemersGegevens = "WerknemersGegevens";
    public const string WerkgeversGegevens = "WerkgeversGegevensBasisregistratie";

    /// <summary>All four, in the order a partner usually enables them.</summary>
    public static IReadOnlyList<string> All { get; } = [Verzuimmeldingen, Dienstverbanden, WerknemersGegevens, WerkgeversGegevens];

    /// <summary>The canonical name for a name or file prefix given by a person ("vz", "Dienstverbanden", "WG_"), or null.</summary>
    public static string? Parse(string? text)
    {
        var value = text?.Trim().TrimEnd('_');
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        foreach (var name in All)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return value.ToUpperInvariant() switch
        {
            "VZ" => Verzuimmeldingen,
            "DV" => Dienstverbanden,
            "WN" or "WERKNEMERGEGEVENS" => WerknemersGegevens,
            "WG" or "WERKGEVERSGEGEVENS" => WerkgeversGegevens,
            _ => null,
        };
    }
}

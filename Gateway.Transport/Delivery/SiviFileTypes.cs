namespace Gateway.Transport.Delivery;

/// <summary>Default file name prefixes per message type (receivers filter on them, e.g. XS Connect on <c>VZ*.xml</c>).</summary>
public static class SiviFileTypes
{
    /// <summary>VZ, DV, WN, WG or RM.</summary>
    public static string DefaultPrefix(SiviFileType type) => type switch
    {
        SiviFileType.Verzuimmeldingen => "VZ",
        SiviFileType.Dienstverbanden => "DV",
        SiviFileType.WerknemersGegevens => "WN",
        SiviFileType.WerkgeversGegevensBasisregistratie => "WG",
        SiviFileType.Retourmelding1 => "RM",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown SIVI file type"),
    };

    /// <summary>The type of a Bericht name as the schema registry spells it ("Verzuimmeldingen", …).</summary>
    public static SiviFileType FromBerichtName(string berichtName) =>
        Enum.TryParse<SiviFileType>(berichtName, ignoreCase: true, out var type)
            ? type
            : throw new ArgumentException($"'{berichtName}' is not a SIVI message type that is delivered as a file", nameof(berichtName));
}

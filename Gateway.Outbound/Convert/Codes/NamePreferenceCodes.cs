using System.Text;

namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// AFAS Voorkeurshantering (naamgebruik) → SIVI NmvrkrCd: 01 own (birth) name, 02 partner's name, 03 partner's name
/// followed by own name, 04 own name followed by partner's name. Empty means 01.
/// </summary>
public static class NamePreferenceCodes
{
    public const string EigenNaam = "01";
    public const string NaamPartner = "02";
    public const string PartnerEigen = "03";
    public const string EigenPartner = "04";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["gebnaam"] = EigenNaam,
        ["eigennaam"] = EigenNaam,
        ["e"] = EigenNaam,
        ["gebnaampartner"] = NaamPartner,
        ["naampartner"] = NaamPartner,
        ["partnernaam"] = NaamPartner,
        ["p"] = NaamPartner,
        ["gebnaampartner+gebnaam"] = PartnerEigen,
        ["naampartner+eigennaam"] = PartnerEigen,
        ["v"] = PartnerEigen,
        ["gebnaam+gebnaampartner"] = EigenPartner,
        ["eigennaam+naampartner"] = EigenPartner,
        ["n"] = EigenPartner,
    };

    /// <summary>The SIVI code, or null when the AFAS value is not a name usage this table knows.</summary>
    public static string? ToSivi(string? afas)
    {
        if (string.IsNullOrWhiteSpace(afas))
        {
            return EigenNaam;
        }
        var trimmed = afas.Trim();
        if (trimmed is EigenNaam or NaamPartner or PartnerEigen or EigenPartner)
        {
            return trimmed;
        }
        return Known.GetValueOrDefault(Normalize(trimmed));
    }

    /// <summary>True when the code puts the partner's name first or alone, so the partner's name must be known.</summary>
    public static bool NeedsPartnerName(string code) => code is NaamPartner or PartnerEigen or EigenPartner;

    /// <summary>Lower case letters and '+', with "geboortenaam" / "geb. naam" both written "gebnaam".</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetter(c) || c == '+')
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Replace("geboortenaam", "gebnaam", StringComparison.Ordinal);
    }
}

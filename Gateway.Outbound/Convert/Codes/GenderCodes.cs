namespace Gateway.Outbound.Convert.Codes;

/// <summary>AFAS Geslacht (Man / Vrouw / Onbekend, or M / V / O) → SIVI GslchtCd (M, V, O). Empty means unknown: O.</summary>
public static class GenderCodes
{
    public const string Man = "M";
    public const string Vrouw = "V";
    public const string Onbekend = "O";

    /// <summary>The SIVI code, or null when the AFAS value is not a gender this table knows.</summary>
    public static string? ToSivi(string? afas)
    {
        var value = afas?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return Onbekend;
        }
        return value.ToUpperInvariant() switch
        {
            "M" or "MAN" or "MANNELIJK" => Man,
            "V" or "VROUW" or "VROUWELIJK" => Vrouw,
            "O" or "ONBEKEND" or "ONZIJDIG" or "X" or "NIET GESPECIFICEERD" => Onbekend,
            _ => null,
        };
    }
}

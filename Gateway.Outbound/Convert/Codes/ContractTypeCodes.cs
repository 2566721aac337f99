namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// AFAS Type_contract → SIVI CdBepTd: "Onbepaalde tijd" → O, "Bepaalde tijd" → B. Other contract kinds (e.g.
/// "Oproepcontract") say nothing about the duration and leave CdBepTd out.
/// </summary>
public static class ContractTypeCodes
{
    public const string OnbepaaldeTijd = "O";
    public const string BepaaldeTijd = "B";

    public static string? ToSivi(string? afas)
    {
        var value = afas?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Contains("onbepaald", StringComparison.Ordinal))
        {
            return OnbepaaldeTijd;
        }
        return value.Contains("bepaald", StringComparison.Ordinal) ? BepaaldeTijd : null;
    }
}

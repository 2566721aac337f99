using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// AFAS Reden_afsluiten_code → SIVI RdnEndVrzmCd (assumption): HER recovered → 01, UDV left employment → 04 (not
/// recovered), EVL end of leave → 99 (back at work). An unknown code gives 99, recovered; no code leaves
/// RdnEndVrzmCd out. Accounts override or add rows in their profile.
/// </summary>
public static class EndReasonCodes
{
    public const string Hersteld = "01";
    public const string EindeDienstverband = "04";
    public const string Overig = "99";

    public static IReadOnlyList<EndReasonSetting> Defaults { get; } =
    [
        new() { Code = "HER", RdnEndVrzmCd = Hersteld, Recovered = true },
        new() { Code = "UDV", RdnEndVrzmCd = EindeDienstverband, Recovered = false },
        new() { Code = "EVL", RdnEndVrzmCd = Overig, Recovered = true },
    ];

    public static IReadOnlyDictionary<string, EndReasonSetting> Table(MappingProfile profile)
    {
        var table = new Dictionary<string, EndReasonSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Defaults.Concat(profile.EndReasons).Where(r => !string.IsNullOrWhiteSpace(r.Code)))
        {
            table[row.Code.Trim()] = row;
        }
        return table;
    }

    /// <summary>The meaning of a closing code: the table row, an unknown code as 99 recovered, no code as recovered without a code.</summary>
    public static EndReasonSetting Resolve(IReadOnlyDictionary<string, EndReasonSetting> table, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return new EndReasonSetting { Code = "", RdnEndVrzmCd = "", Recovered = true };
        }
        return table.TryGetValue(code.Trim(), out var row) ? row : new EndReasonSetting { Code = code.Trim(), RdnEndVrzmCd = Overig, Recovered = true };
    }
}

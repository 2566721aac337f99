using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// AFAS Reden_verzuim_code → SIVI flags. AFAS reason codes are defined per customer; the defaults follow the codes
/// the simulator (and many installations) use and an account overrides or adds rows in its profile.
/// </summary>
public static class AbsenceReasonCodes
{
    /// <summary>The defaults: ZW pregnancy-related and OD organ donation (vangnet), NR no-risk policy (vangnet,
    /// no-risk), ONG accident (OorzkVrzmCd 11), ARB work-related (OorzkVrzmCd 10).</summary>
    public static IReadOnlyList<AbsenceReasonSetting> Defaults { get; } =
    [
        new() { Code = "ZW", Vangnet = true, OorzkVrzmCd = CauseCodes.Overig },
        new() { Code = "NR", Vangnet = true, NoRisk = true, OorzkVrzmCd = CauseCodes.Overig },
        new() { Code = "OD", Vangnet = true, OorzkVrzmCd = CauseCodes.Overig },
        new() { Code = "ONG", OorzkVrzmCd = CauseCodes.OngevalMetRegres },
        new() { Code = "ARB", OorzkVrzmCd = CauseCodes.Arbeidsongeval },
    ];

    /// <summary>The defaults with the profile's rows replacing or adding codes (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, AbsenceReasonSetting> Table(MappingProfile profile)
    {
        var table = new Dictionary<string, AbsenceReasonSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Defaults.Concat(profile.AbsenceReasons).Where(r => !string.IsNullOrWhiteSpace(r.Code)))
        {
            table[row.Code.Trim()] = row;
        }
        return table;
    }
}

using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Convert.Profile;

/// <summary>Checks a profile before anything is converted with it; each problem is one readable line.</summary>
public static class MappingProfileValidator
{
    private static readonly int MaxIdLength = 40;
    private static readonly int MaxPackageLength = 35;

    public static IReadOnlyList<string> Validate(MappingProfile profile, SiviDefinitions definitions)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.Release))
        {
            problems.Add("Release is not set");
        }
        else if (!definitions.Releases.Contains(profile.Release, StringComparer.Ordinal))
        {
            problems.Add($"Release {profile.Release} is unknown (known: {string.Join(", ", definitions.Releases)})");
        }
        foreach (var type in profile.MessageTypes.Where(t => SiviMessageTypes.Parse(t) is null))
        {
            problems.Add($"MessageTypes: '{type}' is not one of {string.Join(", ", SiviMessageTypes.All)}");
        }
        CheckText(problems, nameof(profile.IdInzndr), profile.IdInzndr, MaxIdLength);
        CheckText(problems, nameof(profile.IdOntvngr), profile.IdOntvngr, MaxIdLength);
        CheckText(problems, nameof(profile.GebrSwPakket), profile.GebrSwPakket, MaxPackageLength);
        if (string.IsNullOrWhiteSpace(profile.Integration))
        {
            problems.Add("Integration is not set");
        }
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var employer in profile.Employers)
        {
            if (string.IsNullOrWhiteSpace(employer.Werkgeverscode))
            {
                problems.Add("Employers: an entry has no Werkgeverscode");
                continue;
            }
            if (!codes.Add(employer.Werkgeverscode.Trim()))
            {
                problems.Add($"Employers: Werkgeverscode {employer.Werkgeverscode} is listed twice");
            }
            if (employer.Active && (string.IsNullOrWhiteSpace(employer.IdWrkgvrArbdnst) || string.IsNullOrWhiteSpace(employer.AansltnrGeguitwlngArbdnst)))
            {
                problems.Add($"Employers: Werkgeverscode {employer.Werkgeverscode} needs IdWrkgvrArbdnst and AansltnrGeguitwlngArbdnst");
            }
        }
        var vrwrk = profile.VrwrkCd;
        foreach (var (name, code) in new[] { ("Start", vrwrk.Start), ("Change", vrwrk.Change), ("End", vrwrk.End), ("Correction", vrwrk.Correction), ("Deletion", vrwrk.Deletion) })
        {
            if (code is not { Length: 2 } || !code.All(char.IsAsciiDigit))
            {
                problems.Add($"VrwrkCd.{name} must be two digits");
            }
        }
        return problems;
    }

    private static void CheckText(List<string> problems, string name, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{name} is not set");
        }
        else if (value.Length > max)
        {
            problems.Add($"{name} is longer than {max} characters");
        }
    }
}

using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>Whether records of an employer are converted: known and active, inactive (skipped) or unknown (uitval).</summary>
public readonly record struct EmployerStatus(EmployerMapping? Mapping, bool Inactive)
{
    public static EmployerStatus Of(MappingProfile profile, string? werkgeverscode)
    {
        var mapping = profile.Employer(werkgeverscode);
        return new EmployerStatus(mapping, mapping is { Active: false });
    }

    /// <summary>The active mapping, or a <see cref="MappingException"/> naming the field that holds the employer code.</summary>
    public EmployerMapping Require(string field) =>
        Mapping is { Active: true } mapping
            ? mapping
            : throw new MappingException(field, "has no employer mapping (IdWrkgvrArbdnst, AansltnrGeguitwlngArbdnst) in the account's profile");
}

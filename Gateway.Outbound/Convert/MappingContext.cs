using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Convert;

/// <summary>What every mapper needs for one conversion run: the account's profile, the source state, the release and the date.</summary>
public sealed class MappingContext
{
    private EmployerUnits? _employerUnits;

    public MappingContext(MappingProfile profile, SourceSnapshot source, SiviDefinitions definitions, DateOnly today)
    {
        Profile = profile;
        Source = source;
        Definitions = definitions;
        Today = today;
        Release = profile.Release ?? throw new ArgumentException("the profile has no Release", nameof(profile));
        AbsenceReasons = AbsenceReasonCodes.Table(profile);
        EndReasons = EndReasonCodes.Table(profile);
    }

    public MappingProfile Profile { get; }

    public SourceSnapshot Source { get; }

    public SiviDefinitions Definitions { get; }

    public string Release { get; }

    /// <summary>The conversion date (Amsterdam), for "ended before today" decisions.</summary>
    public DateOnly Today { get; }

    public IReadOnlyDictionary<string, AbsenceReasonSetting> AbsenceReasons { get; }

    public IReadOnlyDictionary<string, EndReasonSetting> EndReasons { get; }

    /// <summary>Which employer each organisation unit belongs to (computed on first use).</summary>
    public EmployerUnits EmployerUnits => _employerUnits ??= new EmployerUnits(Source, Profile);

    public ReleaseShape Shape(string messageName) => ReleaseShape.For(Definitions, messageName, Release);
}

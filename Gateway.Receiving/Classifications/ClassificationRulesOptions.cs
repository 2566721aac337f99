namespace Gateway.Receiving.Classifications;

/// <summary>
/// Which vangnet classification a Verzuimmelding belongs to where the message tells it only through a code whose
/// meaning SIVI publishes in its PDF code lists (not in the schemas): bound from
/// <c>Gateway:Receiving:ClassificationRules</c>. Values are classification names or numbers (1–11).
/// Both lists are empty by default, so such cases fall to "overige oorzaken (vangnet)" until the agreed meanings are configured.
/// </summary>
public sealed class ClassificationRulesOptions
{
    /// <summary>BijzRdnStartVrzmCd (bijzondere reden start verzuim, 01–04) → classification.</summary>
    public Dictionary<string, string> SpecialReasons { get; set; } = new(StringComparer.Ordinal);

    /// <summary>SrtDnstvbndCd (soort dienstverband of the absent employment) → classification.</summary>
    public Dictionary<string, string> EmploymentKinds { get; set; } = new(StringComparer.Ordinal);
}

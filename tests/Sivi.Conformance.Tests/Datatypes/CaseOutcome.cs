using Sivi.Schemas.Validation;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// The verdicts on one case: libxml2's (null when it printed none), and the gateway's with the official set (as shipped
/// and without the quick pass) and with ours (null when ours lacks the type). Compared by reference.
/// </summary>
internal sealed class CaseOutcome(DatatypeCase datatypeCase, bool? libxml, SiviValidationResult official, SiviValidationResult officialFull, SiviValidationResult? ours)
{
    public DatatypeCase Case { get; } = datatypeCase;

    public bool? Libxml { get; } = libxml;

    public SiviValidationResult Official { get; } = official;

    public SiviValidationResult OfficialFull { get; } = officialFull;

    public SiviValidationResult? Ours { get; } = ours;

    /// <summary>The gateway's verdict when all its ways of validating agree, else null.</summary>
    public bool? Gateway => (Ours is null || Ours.IsValid == Official.IsValid) && OfficialFull.IsValid == Official.IsValid ? Official.IsValid : null;

    public bool Differs => Libxml is null || Gateway != Libxml;

    public override string ToString() =>
        $"libxml2 {Verdict(Libxml)}, gateway {Verdict(Official.IsValid)} (official set), {Verdict(OfficialFull.IsValid)} (official set, full validation)"
        + $"{(Ours is null ? "" : $", {Verdict(Ours.IsValid)} (our xsd/)")}: {Case}"
        + (Official.IsValid ? "" : " -- " + Official.Errors[0].Message);

    private static string Verdict(bool? valid) => valid switch { true => "valid", false => "invalid", null => "no verdict" };
}

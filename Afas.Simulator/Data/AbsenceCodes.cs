namespace Afas.Simulator.Data;

/// <summary>The simulator's verzuim code values (documented in README.md).</summary>
internal static class AbsenceCodes
{
    public const string Sickness = "Z";
    public const string PregnancySickness = "ZZ";
    public const string PregnancyLeave = "ZB";

    public const string Recovered = "HER";
    public const string RecoveredText = "Hersteld";
    public const string LeftEmployment = "UDV";
    public const string LeftEmploymentText = "Uit dienst";
    public const string LeaveEnded = "EVL";
    public const string LeaveEndedText = "Einde verlof";

    public static readonly (string Code, string Text, bool SafetyNet)[] Reasons =
    [
        ("ZW", "Zwangerschapsgerelateerd", true),
        ("NR", "No-riskpolis", true),
        ("OD", "Orgaandonatie", true),
        ("ONG", "Ongeval", false),
        ("ARB", "Arbeidsgerelateerd", false),
    ];
}

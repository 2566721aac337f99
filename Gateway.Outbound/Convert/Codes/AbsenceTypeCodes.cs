namespace Gateway.Outbound.Convert.Codes;

/// <summary>
/// AFAS verzuim Type → meaning: Z sickness, ZZ sickness through pregnancy/childbirth (vangnet), ZB pregnancy and
/// maternity leave (WAZO). Any other type is treated as ordinary sickness.
/// </summary>
public static class AbsenceTypeCodes
{
    public static AbsenceKind Kind(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "ZZ" => AbsenceKind.PregnancySickness,
        "ZB" => AbsenceKind.PregnancyLeave,
        _ => AbsenceKind.Sickness,
    };
}

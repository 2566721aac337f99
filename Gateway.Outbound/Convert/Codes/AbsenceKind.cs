namespace Gateway.Outbound.Convert.Codes;

/// <summary>What an AFAS verzuim Type means for SIVI.</summary>
public enum AbsenceKind
{
    /// <summary>Ordinary sickness.</summary>
    Sickness = 0,

    /// <summary>Sickness caused by pregnancy or childbirth: a Ziektewet safety-net (vangnet) case.</summary>
    PregnancySickness = 1,

    /// <summary>Pregnancy and maternity leave under the WAZO: WAZOCd is sent.</summary>
    PregnancyLeave = 2,
}

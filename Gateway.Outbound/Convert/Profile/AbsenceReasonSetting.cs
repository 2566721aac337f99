namespace Gateway.Outbound.Convert.Profile;

/// <summary>What one AFAS Reden_verzuim_code means for SIVI. Only the code is read; the reason text is never sent.</summary>
public sealed class AbsenceReasonSetting
{
    /// <summary>The AFAS Reden_verzuim_code this row is for.</summary>
    public string Code { get; set; } = "";

    /// <summary>The case falls under the Ziektewet safety net (VngntJN = J) when AFAS does not say so itself.</summary>
    public bool Vangnet { get; set; }

    /// <summary>The employee is covered by a no-risk policy (WrknmrNoriskJN = J, releases 2025 and later).</summary>
    public bool NoRisk { get; set; }

    /// <summary>OorzkVrzmCd (10, 11 or 99); null keeps 99.</summary>
    public string? OorzkVrzmCd { get; set; }

    /// <summary>BijzRdnStartVrzmCd (01-04) when the account agreed one; null leaves it out.</summary>
    public string? BijzRdnStartVrzmCd { get; set; }
}

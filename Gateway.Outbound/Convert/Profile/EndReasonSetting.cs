namespace Gateway.Outbound.Convert.Profile;

/// <summary>What one AFAS Reden_afsluiten_code means for SIVI. Only the code is read; the text is never sent.</summary>
public sealed class EndReasonSetting
{
    /// <summary>The AFAS Reden_afsluiten_code this row is for.</summary>
    public string Code { get; set; } = "";

    /// <summary>RdnEndVrzmCd.</summary>
    public string RdnEndVrzmCd { get; set; } = "99";

    /// <summary>The employee is recovered: DatHrstld is sent and PrcVrzm becomes 0.</summary>
    public bool Recovered { get; set; }
}

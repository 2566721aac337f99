namespace Gateway.Outbound.Convert.Profile;

/// <summary>How one AFAS employer (Werkgeverscode) is known at the arbodienst.</summary>
public sealed class EmployerMapping
{
    /// <summary>The employer's Werkgeverscode in AFAS.</summary>
    public string Werkgeverscode { get; set; } = "";

    /// <summary>IdWrkgvrArbdnst: the employer's id at the arbodienst (usually chosen by the receiver).</summary>
    public string? IdWrkgvrArbdnst { get; set; }

    /// <summary>AansltnrGeguitwlngArbdnst: the data exchange connection number at the arbodienst.</summary>
    public string? AansltnrGeguitwlngArbdnst { get; set; }

    /// <summary>Lhnr: the loonheffingennummer; required by Dienstverbanden, WerknemersGegevens and WerkgeversGegevens.</summary>
    public string? Loonheffingennummer { get; set; }

    /// <summary>HndlsnmOrg when AFAS has no Werkgeversnaam.</summary>
    public string? Handelsnaam { get; set; }

    /// <summary>The employer's top organisation unit (Org._eenheid) when it cannot be inferred from the employees.</summary>
    public string? RootOrgUnit { get; set; }

    /// <summary>Inactive employers are skipped: none of their records is converted (seed: only active employers sync).</summary>
    public bool Active { get; set; } = true;

    /// <summary>Contact person used when no manager with a work phone or e-mail address is known.</summary>
    public ContactPersonSettings? Contact { get; set; }
}

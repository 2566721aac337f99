namespace Gateway.Outbound.Convert.Profile;

/// <summary>
/// A fixed contact person for an employer (e.g. the HR desk), used where SIVI requires a contact and AFAS supplies no
/// manager with a work phone or e-mail address.
/// </summary>
public sealed class ContactPersonSettings
{
    public string? Achternaam { get; set; }

    public string? Voorletters { get; set; }

    public string? Roepnaam { get; set; }

    /// <summary>M, V or O (or the AFAS words Man, Vrouw, Onbekend).</summary>
    public string? Geslacht { get; set; }

    public string? Telefoon { get; set; }

    public string? Email { get; set; }
}

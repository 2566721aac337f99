using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>A possible contact person (a manager or the profile's fixed contact), before it is checked against the release.</summary>
public sealed record ContactCandidate(
    string? Guid,
    string? PersonnelNumber,
    string? Prefix,
    string? Surname,
    string? Initials,
    string? FirstName,
    string? Gender,
    string? Phone,
    string? Mobile,
    string? Email)
{
    public static ContactCandidate From(AccountAutorisatieRow row) => new(
        Identifiers.Guid(row.Leidinggevende_Guid), row.Leidinggevende_Code, row.Leidinggevende_Voorvoegsel, row.Leidinggevende_Achternaam,
        row.Leidinggevende_Voorletters, row.Leidinggevende_Roepnaam, row.Leidinggevende_Geslacht_code, null, row.Leidinggevende_Mob_werk,
        row.Leidinggevende_Mail_werk);

    /// <summary>A manager known only as an employee: the work phone and e-mail of his own Medewerker_Gegevens row.</summary>
    public static ContactCandidate From(MedewerkerGegevensRow row) => new(
        Identifiers.Guid(row.GUID), row.Personeelsnummer, row.Voorvoegsel, row.Achternaam, row.Voorletters, row.Roepnaam, row.Geslacht,
        null, row.Mobiel_werk, row.E_mail_werk);

    public static ContactCandidate From(ContactPersonSettings settings) => new(
        null, null, null, settings.Achternaam, settings.Voorletters, settings.Roepnaam, settings.Geslacht, settings.Telefoon, null, settings.Email);
}

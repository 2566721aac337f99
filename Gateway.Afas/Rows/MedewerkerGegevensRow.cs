using System.Globalization;
using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Medewerker_Gegevens_v1: one row per employee, dienstverband and contract. Holds the BSN: never log a row, only its <see cref="Key"/>.</summary>
public sealed record MedewerkerGegevensRow : IAfasRow<MedewerkerGegevensRow>
{
    public string? Personeelsnummer { get; init; }
    public required string GUID { get; init; }
    public string? BSN { get; init; }
    public string? Voorletters { get; init; }
    public string? Roepnaam { get; init; }
    public string? Voorvoegsel { get; init; }
    public string? Achternaam { get; init; }
    public string? Voorvoegsel_partner { get; init; }
    public string? Geb_naam_partner { get; init; }
    public string? Voorkeurshantering { get; init; }
    public string? Geslacht { get; init; }
    public DateOnly? Geboortedatum { get; init; }
    public string? Straatnaam { get; init; }
    public string? Huisnummer { get; init; }
    public string? Huisnummer_toevoeging { get; init; }
    public string? Postcode { get; init; }
    public string? Woonplaats { get; init; }
    public string? Land { get; init; }
    public string? Telefoonnr_prive { get; init; }
    public string? Mobiel_prive { get; init; }
    public string? E_mail_prive { get; init; }
    public string? Mobiel_werk { get; init; }
    public string? E_mail_werk { get; init; }
    public string? Werkgeverscode { get; init; }
    public required int Dienstverbandnummer { get; init; }
    public required int Contractnummer { get; init; }
    public string? Afdelingscode { get; init; }
    public string? Afdelingsnaam { get; init; }
    public string? Kostenplaatscode { get; init; }
    public string? Kostenplaatsomschrijving { get; init; }
    public DateOnly? Datum_start_dvb { get; init; }
    public DateOnly? Einddatum_contract { get; init; }
    public DateOnly? Datum_eind_dvb { get; init; }
    public string? Functie { get; init; }
    public string? Type_contract { get; init; }
    public decimal? FTE { get; init; }
    public decimal? Uren_per_week { get; init; }
    public DateOnly? Mutatiedatum_Rooster { get; init; }
    public DateOnly? Mutatiedatum_OE { get; init; }
    public DateOnly? Mutatiedatum_salaris { get; init; }
    public string? Leidinggevende_code { get; init; }
    public string? Leidinggevende_guid { get; init; }
    public int? Volgnummer_rooster { get; init; }
    public decimal? Uren_Zo { get; init; }
    public decimal? Uren_Ma { get; init; }
    public decimal? Uren_Di { get; init; }
    public decimal? Uren_Wo { get; init; }
    public decimal? Uren_Do { get; init; }
    public decimal? Uren_Vr { get; init; }
    public decimal? Uren_Za { get; init; }
    public string? Voorv_geb_naam { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.MedewerkerGegevens;

    public static IReadOnlyList<string> KeyFields { get; } = [MedewerkerGegevensFields.GUID, MedewerkerGegevensFields.Dienstverbandnummer, MedewerkerGegevensFields.Contractnummer];

    public AfasRecordKey Key => AfasRecordKey.Of(GUID, Dienstverbandnummer.ToString(CultureInfo.InvariantCulture), Contractnummer.ToString(CultureInfo.InvariantCulture));

    public static MedewerkerGegevensRow Read(AfasRowFields fields) => new()
    {
        Personeelsnummer = fields.Text(MedewerkerGegevensFields.Personeelsnummer),
        GUID = fields.RequiredText(MedewerkerGegevensFields.GUID),
        BSN = fields.Text(MedewerkerGegevensFields.BSN),
        Voorletters = fields.Text(MedewerkerGegevensFields.Voorletters),
        Roepnaam = fields.Text(MedewerkerGegevensFields.Roepnaam),
        Voorvoegsel = fields.Text(MedewerkerGegevensFields.Voorvoegsel),
        Achternaam = fields.Text(MedewerkerGegevensFields.Achternaam),
        Voorvoegsel_partner = fields.Text(MedewerkerGegevensFields.Voorvoegsel_partner),
        Geb_naam_partner = fields.Text(MedewerkerGegevensFields.Geb_naam_partner),
        Voorkeurshantering = fields.Text(MedewerkerGegevensFields.Voorkeurshantering),
        Geslacht = fields.Text(MedewerkerGegevensFields.Geslacht),
        Geboortedatum = fields.Date(MedewerkerGegevensFields.Geboortedatum),
        Straatnaam = fields.Text(MedewerkerGegevensFields.Straatnaam),
        Huisnummer = fields.NumberOrText(MedewerkerGegevensFields.Huisnummer),
        Huisnummer_toevoeging = fields.Text(MedewerkerGegevensFields.Huisnummer_toevoeging),
        Postcode = fields.Text(MedewerkerGegevensFields.Postcode),
        Woonplaats = fields.Text(MedewerkerGegevensFields.Woonplaats),
        Land = fields.Text(MedewerkerGegevensFields.Land),
        Telefoonnr_prive = fields.Text(MedewerkerGegevensFields.Telefoonnr_prive),
        Mobiel_prive = fields.Text(MedewerkerGegevensFields.Mobiel_prive),
        E_mail_prive = fields.Text(MedewerkerGegevensFields.E_mail_prive),
        Mobiel_werk = fields.Text(MedewerkerGegevensFields.Mobiel_werk),
        E_mail_werk = fields.Text(MedewerkerGegevensFields.E_mail_werk),
        Werkgeverscode = fields.Text(MedewerkerGegevensFields.Werkgeverscode),
        Dienstverbandnummer = fields.RequiredInteger(MedewerkerGegevensFields.Dienstverbandnummer),
        Contractnummer = fields.RequiredInteger(MedewerkerGegevensFields.Contractnummer),
        Afdelingscode = fields.Text(MedewerkerGegevensFields.Afdelingscode),
        Afdelingsnaam = fields.Text(MedewerkerGegevensFields.Afdelingsnaam),
        Kostenplaatscode = fields.Text(MedewerkerGegevensFields.Kostenplaatscode),
        Kostenplaatsomschrijving = fields.Text(MedewerkerGegevensFields.Kostenplaatsomschrijving),
        Datum_start_dvb = fields.Date(MedewerkerGegevensFields.Datum_start_dvb),
        Einddatum_contract = fields.Date(MedewerkerGegevensFields.Einddatum_contract),
        Datum_eind_dvb = fields.Date(MedewerkerGegevensFields.Datum_eind_dvb),
        Functie = fields.Text(MedewerkerGegevensFields.Functie),
        Type_contract = fields.Text(MedewerkerGegevensFields.Type_contract),
        FTE = fields.Decimal(MedewerkerGegevensFields.FTE),
        Uren_per_week = fields.Decimal(MedewerkerGegevensFields.Uren_per_week),
        Mutatiedatum_Rooster = fields.Date(MedewerkerGegevensFields.Mutatiedatum_Rooster),
        Mutatiedatum_OE = fields.Date(MedewerkerGegevensFields.Mutatiedatum_OE),
        Mutatiedatum_salaris = fields.Date(MedewerkerGegevensFields.Mutatiedatum_salaris),
        Leidinggevende_code = fields.Text(MedewerkerGegevensFields.Leidinggevende_code),
        Leidinggevende_guid = fields.Text(MedewerkerGegevensFields.Leidinggevende_guid),
        Volgnummer_rooster = fields.Integer(MedewerkerGegevensFields.Volgnummer_rooster),
        Uren_Zo = fields.Decimal(MedewerkerGegevensFields.Uren_Zo),
        Uren_Ma = fields.Decimal(MedewerkerGegevensFields.Uren_Ma),
        Uren_Di = fields.Decimal(MedewerkerGegevensFields.Uren_Di),
        Uren_Wo = fields.Decimal(MedewerkerGegevensFields.Uren_Wo),
        Uren_Do = fields.Decimal(MedewerkerGegevensFields.Uren_Do),
        Uren_Vr = fields.Decimal(MedewerkerGegevensFields.Uren_Vr),
        Uren_Za = fields.Decimal(MedewerkerGegevensFields.Uren_Za),
        Voorv_geb_naam = fields.Text(MedewerkerGegevensFields.Voorv_geb_naam),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}

namespace Gateway.Afas.Rows;

/// <summary>Field ids of MedewerkerGegevens exactly as AFAS names them (for filters and ordering).</summary>
public static class MedewerkerGegevensFields
{
    public const string Personeelsnummer = "Personeelsnummer";
    public const string GUID = "GUID";
    public const string BSN = "BSN";
    public const string Voorletters = "Voorletters";
    public const string Roepnaam = "Roepnaam";
    public const string Voorvoegsel = "Voorvoegsel";
    public const string Achternaam = "Achternaam";
    public const string Voorvoegsel_partner = "Voorvoegsel_partner";
    public const string Geb_naam_partner = "Geb.naam_partner";
    public const string Voorkeurshantering = "Voorkeurshantering";
    public const string Geslacht = "Geslacht";
    public const string Geboortedatum = "Geboortedatum";
    public const string Straatnaam = "Straatnaam";
    public const string Huisnummer = "Huisnummer";
    public const string Huisnummer_toevoeging = "Huisnummer_toevoeging";
    public const string Postcode = "Postcode";
    public const string Woonplaats = "Woonplaats";
    public const string Land = "Land";
    public const string Telefoonnr_prive = "Telefoonnr._prive";
    public const string Mobiel_prive = "Mobiel_prive";
    public const string E_mail_prive = "E-mail_prive";
    public const string Mobiel_werk = "Mobiel_werk";
    public const string E_mail_werk = "E-mail_werk";
    public const string Werkgeverscode = "Werkgeverscode";
    public const string Dienstverbandnummer = "Dienstverbandnummer";
    public const string Contractnummer = "Contractnummer";
    public const string Afdelingscode = "Afdelingscode";
    public const string Afdelingsnaam = "Afdelingsnaam";
    public const string Kostenplaatscode = "Kostenplaatscode";
    public const string Kostenplaatsomschrijving = "Kostenplaatsomschrijving";
    public const string Datum_start_dvb = "Datum_start_dvb";
    public const string Einddatum_contract = "Einddatum_contract";
    public const string Datum_eind_dvb = "Datum_eind_dvb";
    public const string Functie = "Functie";
    public const string Type_contract = "Type_contract";
    public const string FTE = "FTE";
    public const string Uren_per_week = "Uren_per_week";
    public const string Mutatiedatum_Rooster = "Mutatiedatum_Rooster";
    public const string Mutatiedatum_OE = "Mutatiedatum_OE";
    public const string Mutatiedatum_salaris = "Mutatiedatum_salaris";
    public const string Leidinggevende_code = "Leidinggevende_code";
    public const string Leidinggevende_guid = "Leidinggevende_guid";
    public const string Volgnummer_rooster = "Volgnummer_rooster";
    public const string Uren_Zo = "Uren_Zo";
    public const string Uren_Ma = "Uren_Ma";
    public const string Uren_Di = "Uren_Di";
    public const string Uren_Wo = "Uren_Wo";
    public const string Uren_Do = "Uren_Do";
    public const string Uren_Vr = "Uren_Vr";
    public const string Uren_Za = "Uren_Za";
    public const string Voorv_geb_naam = "Voorv._geb.naam";
}

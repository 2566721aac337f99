using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Employees;

/// <summary>The Medewerker_Gegevens fields each employee message carries: a change to any other field sends nothing.</summary>
public static class EmployeeFields
{
    public static IReadOnlySet<string> Dienstverbanden { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        MedewerkerGegevensFields.Personeelsnummer, MedewerkerGegevensFields.Geslacht, MedewerkerGegevensFields.Geboortedatum,
        MedewerkerGegevensFields.Werkgeverscode, MedewerkerGegevensFields.Dienstverbandnummer, MedewerkerGegevensFields.Contractnummer,
        MedewerkerGegevensFields.Afdelingscode, MedewerkerGegevensFields.Afdelingsnaam, MedewerkerGegevensFields.Kostenplaatscode,
        MedewerkerGegevensFields.Kostenplaatsomschrijving, MedewerkerGegevensFields.Datum_start_dvb, MedewerkerGegevensFields.Datum_eind_dvb,
        MedewerkerGegevensFields.Functie, MedewerkerGegevensFields.Type_contract, MedewerkerGegevensFields.FTE,
        MedewerkerGegevensFields.Uren_per_week, MedewerkerGegevensFields.Leidinggevende_code, MedewerkerGegevensFields.Leidinggevende_guid,
    };

    public static IReadOnlySet<string> WerknemersGegevens { get; } = new HashSet<string>(Dienstverbanden, StringComparer.Ordinal)
    {
        MedewerkerGegevensFields.Voorletters, MedewerkerGegevensFields.Roepnaam, MedewerkerGegevensFields.Voorvoegsel,
        MedewerkerGegevensFields.Achternaam, MedewerkerGegevensFields.Voorvoegsel_partner, MedewerkerGegevensFields.Geb_naam_partner,
        MedewerkerGegevensFields.Voorkeurshantering, MedewerkerGegevensFields.Straatnaam, MedewerkerGegevensFields.Huisnummer,
        MedewerkerGegevensFields.Huisnummer_toevoeging, MedewerkerGegevensFields.Postcode, MedewerkerGegevensFields.Woonplaats,
        MedewerkerGegevensFields.Land, MedewerkerGegevensFields.Telefoonnr_prive, MedewerkerGegevensFields.Mobiel_prive,
        MedewerkerGegevensFields.E_mail_prive, MedewerkerGegevensFields.Mobiel_werk, MedewerkerGegevensFields.E_mail_werk,
        MedewerkerGegevensFields.Voorv_geb_naam,
    };

    /// <summary>The fields a message type carries; the BSN counts only for accounts that send it.</summary>
    public static IReadOnlySet<string> For(string messageType, bool includeBsn)
    {
        if (messageType != Profile.SiviMessageTypes.WerknemersGegevens)
        {
            return Dienstverbanden;
        }
        return includeBsn ? new HashSet<string>(WerknemersGegevens, StringComparer.Ordinal) { MedewerkerGegevensFields.BSN } : WerknemersGegevens;
    }
}

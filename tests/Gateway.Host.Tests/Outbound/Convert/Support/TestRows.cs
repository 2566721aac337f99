using Gateway.Afas.Rows;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>Hand-made rows for edge cases: complete and valid by default, changed with <c>with</c>.</summary>
internal static class TestRows
{
    public const string EmployeeGuid = "{6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6}";
    public const string ManagerGuid = "{3B7AFD0F-8F7A-45B0-91B9-8BB02634EB9B}";
    public const string CaseGuid = "{FEF31C6B-48E8-44C5-9913-27785D37D12D}";
    public const string ValidBsn = "111222333";

    public static WerkgeverRow Employer(string code = "01") => new()
    {
        Werkgeverscode = code,
        Werkgeversnaam = "PAQT.com B.V.",
        Straatnaam = "Europalaan",
        Huisnummer = "40",
        Huisnummer_toevoeging = "",
        Postcode = "3526KS",
        Woonplaats = "Utrecht",
        Land = "NL",
    };

    public static OrganigramRow Unit(string code, string? parent, string name) => new()
    {
        Begindatum_organigram = new DateOnly(2020, 1, 1),
        Org_eenheid = code,
        Org_eenheid_omschrijving = name,
        Laag = parent is null ? 1 : 2,
        Bovenliggende_org_eenheid = parent,
    };

    public static AccountAutorisatieRow Manager(string unit, string guid = ManagerGuid, string surname = "Jansen") => new()
    {
        Org_eenheid = unit,
        Leidinggevende_Guid = guid,
        Leidinggevende_Code = "KMA",
        Leidinggevende_Roepnaam = "Petra",
        Leidinggevende_Voorletters = "P.",
        Leidinggevende_Voorvoegsel = "van",
        Leidinggevende_Achternaam = surname,
        Leidinggevende_Geslacht_code = "V",
        Leidinggevende_Mob_werk = "06-12345678",
        Leidinggevende_Mail_werk = "p.jansen@example.nl",
    };

    public static MedewerkerGegevensRow Employee(string guid = EmployeeGuid, int employment = 1, int contract = 1) => new()
    {
        Personeelsnummer = "1001",
        GUID = guid,
        BSN = ValidBsn,
        Voorletters = "G.D.",
        Roepnaam = "Denny",
        Voorvoegsel = "de",
        Achternaam = "Vries",
        Voorkeurshantering = "Geboortenaam",
        Geslacht = "Man",
        Geboortedatum = new DateOnly(1962, 5, 1),
        Straatnaam = "Keizersgracht",
        Huisnummer = "12",
        Huisnummer_toevoeging = "a",
        Postcode = "1017 ab",
        Woonplaats = "Amsterdam",
        Land = "NL",
        Mobiel_prive = "06-11111111",
        E_mail_prive = "denny@example.com",
        Mobiel_werk = "",
        E_mail_werk = "d.vries@example.nl",
        Werkgeverscode = "01",
        Dienstverbandnummer = employment,
        Contractnummer = contract,
        Afdelingscode = "TNW2M",
        Afdelingsnaam = "Techniek",
        Kostenplaatscode = "07",
        Kostenplaatsomschrijving = "",
        Datum_start_dvb = new DateOnly(2019, 1, 1),
        Functie = "Monteur",
        Type_contract = "Onbepaalde tijd",
        FTE = 0.9m,
        Uren_per_week = 36m,
        Mutatiedatum_OE = new DateOnly(2021, 7, 1),
        Leidinggevende_code = "KMA",
        Leidinggevende_guid = ManagerGuid,
    };

    public static MedewerkerIbanRow Iban(string iban, string guid = EmployeeGuid) => new() { GUID = guid, IBAN_nummer = iban, BIC_code = "RABONL2UXXX" };

    /// <summary>The first verloop row of a sickness: absent 100% from the begin date.</summary>
    public static VerzuimRow Absence(string phaseGuid = "{05F50E58-C527-4E2A-B439-7B40FB51B10B}", string caseGuid = CaseGuid) => new()
    {
        Werkgevercode = "01",
        Personeelsnummer = "1001",
        Dienstverbandnummer = 1,
        Guid_medewerker = EmployeeGuid,
        Type = "Z",
        Begin = new DateOnly(2025, 5, 12),
        Datum_ziekmelding = new DateOnly(2025, 5, 12),
        Aanwezig_eerste_dag = 0,
        Gesim_begin_doorl_verzuim = new DateOnly(2025, 5, 12),
        Datum_deelherstel = new DateOnly(2025, 5, 12),
        Opmerking = "Rugklachten na verhuizing",
        Guid_verzuimmelding = caseGuid,
        Aanwezigheidspercentage = 0,
        GUID_verzuimverloop = phaseGuid,
        Verloop_Gewijzigd_Op = new DateTimeOffset(2025, 5, 12, 9, 0, 0, TimeSpan.FromHours(2)),
        Melding_Gewijzigd_Op = new DateTimeOffset(2025, 5, 12, 9, 0, 0, TimeSpan.FromHours(2)),
        VerzuimId = 258,
        Meerling = false,
        Vangnetregeling = false,
    };

    /// <summary>A partial recovery phase of <paramref name="first"/>: present <paramref name="presence"/>% from <paramref name="from"/>.</summary>
    public static VerzuimRow Phase(VerzuimRow first, string phaseGuid, DateOnly from, decimal presence) => first with
    {
        GUID_verzuimverloop = phaseGuid,
        Datum_deelherstel = from,
        Aanwezigheidspercentage = presence,
        Verloop_Gewijzigd_Op = new DateTimeOffset(from.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(2)),
    };

    /// <summary>The row closed on <paramref name="recovered"/> with an AFAS closing code.</summary>
    public static VerzuimRow Closed(VerzuimRow row, DateOnly recovered, string code = "HER") => row with
    {
        Datum_hervatting = recovered,
        Datum_herstelmelding = recovered,
        Reden_afsluiten_code = code,
        Reden_afsluiten_omschrijving = code == "HER" ? "Hersteld" : "Uit dienst",
        Melding_Gewijzigd_Op = new DateTimeOffset(recovered.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(2)),
    };
}

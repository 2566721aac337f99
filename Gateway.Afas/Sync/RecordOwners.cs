using Gateway.Afas.Rows;

namespace Gateway.Afas.Sync;

/// <summary>
/// Whom a row belongs to, for the activation gate: the employer (Werkgeverscode) and the employee GUID. Organigram
/// and manager rows belong to the whole AFAS environment and are not gated; IBAN rows carry only the employee GUID.
/// </summary>
public static class RecordOwners
{
    public static (string? Employer, string? Subject) Of<TRow>(TRow row) => row switch
    {
        WerkgeverRow werkgever => (werkgever.Werkgeverscode, null),
        MedewerkerGegevensRow medewerker => (medewerker.Werkgeverscode, medewerker.GUID),
        VerzuimRow verzuim => (verzuim.Werkgevercode, verzuim.Guid_medewerker),
        MedewerkerIbanRow iban => (null, iban.GUID),
        AccountAutorisatieRow manager => (null, manager.Leidinggevende_Guid),
        _ => (null, null),
    };
}

using Gateway.Receiving.Accounts;
using Sivi.Messages;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Processing;

/// <summary>The parts of a received message the register and the authorisation look at.</summary>
public static class SiviMessageContents
{
    /// <summary>The employer blocks (<c>Wrkgvr</c>) of any receivable message type, in document order.</summary>
    public static IReadOnlyList<Wrkgvr> Employers(SiviMessage message) => message switch
    {
        Verzuimmeldingen m => m.Wrkgvr,
        Dienstverbanden m => m.Wrkgvr,
        WerknemerGegevens m => m.Wrkgvr,
        WerkgeversGegevensBasisregistratie m => m.Wrkgvr,
        _ => [],
    };

    public static EmployerIdentity Identity(Wrkgvr employer) =>
        new(Clean(employer.IdWrkgvrArbdnst), Clean(employer.Lhnr), Clean(employer.InschrijvingsnrKvK));

    /// <summary>Every absence (<c>Vrzm</c>) with the employer, employee and employment it belongs to, in document order.</summary>
    public static IEnumerable<AbsenceEntry> Absences(SiviMessage message)
    {
        if (message is not Verzuimmeldingen verzuim)
        {
            yield break;
        }
        foreach (var employer in verzuim.Wrkgvr)
        {
            foreach (var employee in employer.Wrknmr)
            {
                foreach (var employment in employee.Dnstvbnd)
                {
                    foreach (var absence in employment.Vrzm)
                    {
                        yield return new AbsenceEntry(employer, employee, employment, absence);
                    }
                }
            }
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One absence of a Verzuimmeldingen message and where it sits.</summary>
public sealed record AbsenceEntry(Wrkgvr Employer, Wrknmr Employee, Dnstvbnd Employment, Vrzm Absence)
{
    public string EmployerId => Employer.IdWrkgvrArbdnst?.Trim() ?? "";

    public string CaseId => Absence.VrzmgvlId?.Trim() ?? "";

    public string? OldCaseId => string.IsNullOrWhiteSpace(Absence.VrzmgvlIdOud) ? null : Absence.VrzmgvlIdOud.Trim();

    public string VrwrkCd => Absence.VrwrkCd?.Trim() ?? "";
}

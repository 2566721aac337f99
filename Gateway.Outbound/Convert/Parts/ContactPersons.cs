using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>
/// Contact persons (Cntprsn) from the leidinggevenden: for an employment the direct manager (Leidinggevende_guid)
/// first, then the managers authorised on the employee's unit (Accounts_Autorisaties); for a unit its managers. A
/// candidate is used only when SIVI can carry it: a surname, at least one work phone or e-mail, and from 2024 on
/// initials and gender. At most nine, never the employee himself.
/// </summary>
public static class ContactPersons
{
    private static readonly int MaxContacts = 9;

    public static List<Cntprsn> ForEmployment(MappingContext context, ReleaseShape shape, EmploymentRecord employment, string? employeeGuid)
    {
        var row = employment.Current;
        var candidates = new List<ContactCandidate>();
        if (context.Source.Manager(row.Leidinggevende_guid) is { } account)
        {
            candidates.Add(ContactCandidate.From(account));
        }
        else if (context.Source.Employee(row.Leidinggevende_guid) is { } managerAsEmployee)
        {
            candidates.Add(ContactCandidate.From(managerAsEmployee.Person));
        }
        candidates.AddRange(context.Source.ManagersOf(row.Afdelingscode).Select(ContactCandidate.From));
        return Build(context, shape, candidates, Identifiers.Guid(employeeGuid));
    }

    public static List<Cntprsn> ForUnit(MappingContext context, ReleaseShape shape, string unit) =>
        Build(context, shape, context.Source.ManagersOf(unit).Select(ContactCandidate.From), null);

    /// <summary>The profile's fixed contact for the employer, when it can be carried.</summary>
    public static Cntprsn? Fallback(MappingContext context, ReleaseShape shape, EmployerMapping employer) =>
        employer.Contact is { } settings ? Build(context, shape, [ContactCandidate.From(settings)], null).FirstOrDefault() : null;

    private static List<Cntprsn> Build(MappingContext context, ReleaseShape shape, IEnumerable<ContactCandidate> candidates, string? exclude)
    {
        var contacts = new List<Cntprsn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (contacts.Count == MaxContacts)
            {
                break;
            }
            if (candidate.Guid is { } guid && (guid == exclude || !seen.Add(guid)))
            {
                continue;
            }
            if (Create(context, shape, candidate) is { } contact)
            {
                contacts.Add(contact);
            }
        }
        return contacts;
    }

    private static Cntprsn? Create(MappingContext context, ReleaseShape shape, ContactCandidate candidate)
    {
        var surname = SiviText.Fit(candidate.Surname, 200);
        if (surname is null)
        {
            return null;
        }
        var prefix = candidate.Prefix?.Trim();
        var contact = new Cntprsn
        {
            Achternaam = SiviText.Fit(string.IsNullOrEmpty(prefix) ? surname : prefix + " " + surname, 200),
            Voorl = Initials.From(candidate.Initials),
            Roepnaam = SiviText.WithoutDigits(candidate.FirstName, 35),
            GslchtCd = GenderCodes.ToSivi(candidate.Gender),
            RolCntprsnCd = ContactRoleCodes.Leidinggevende,
        };
        if ((contact.Voorl is null && shape.Requires("Wrkgvr/Cntprsn/Voorl")) || (contact.GslchtCd is null && shape.Requires("Wrkgvr/Cntprsn/GslchtCd")))
        {
            return null;
        }
        if (candidate.Guid is { } guid)
        {
            contact.IdWrknmr = context.Profile.EmployeeId == EmployeeIdSource.Guid ? guid : SiviText.Fit(candidate.PersonnelNumber, 40);
            if (shape.Has("Wrkgvr/Cntprsn/IdCntctprsn"))
            {
                contact.IdCntctprsn = guid;
            }
        }
        contact.Persnr = SiviText.Fit(candidate.PersonnelNumber, 35);
        AddCom(contact, CommunicationCodes.TelefoonWerk, candidate.Phone);
        AddCom(contact, CommunicationCodes.MobielWerk, candidate.Mobile);
        AddCom(contact, CommunicationCodes.EmailWerk, candidate.Email);
        return contact.Com.Count == 0 ? null : contact;
    }

    private static void AddCom(Cntprsn contact, string kind, string? value)
    {
        if (SiviText.Fit(value, 512) is { } number)
        {
            contact.Com.Add(new Com { SrtComCd = kind, NrCom = number });
        }
    }
}

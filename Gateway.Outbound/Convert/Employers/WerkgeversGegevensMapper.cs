using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Header;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Employers;

/// <summary>
/// An employer (Werkgevers) with organisation units (Organigram) → WerkgeversGegevensBasisregistratie: name, ids,
/// business address, the employer's top unit as OrgeenhCd, the top unit's managers as contact persons (else the
/// profile's Contact), the Personeelssterkte on the conversion date (<see cref="StaffStrength"/>), and one OrgEenh per
/// reported unit with its parent and managers (Accounts_Autorisaties).
/// Units are listed parents first so a receiver can build the tree in one pass.
/// </summary>
public sealed class WerkgeversGegevensMapper(MappingContext context, BrAlgFactory header)
{
    public MappedMessage Map(EmployerMapping employer, IReadOnlyList<OrgUnitChange> units)
    {
        var shape = context.Shape(SiviMessageTypes.WerkgeversGegevens);
        var row = context.Source.Employer(employer.Werkgeverscode)
            ?? throw new MappingException(WerkgeverFields.Werkgeverscode, $"{employer.Werkgeverscode} has no Werkgevers row");
        var root = context.EmployerUnits.RootOf(employer.Werkgeverscode);
        var notes = new List<MappingNote>();
        Check(row, root, units).Apply(notes);
        var werkgever = EmployerPart.Create(row, employer, shape);
        werkgever.OrgeenhCd = SiviText.Code(root ?? employer.Werkgeverscode, 70, OrganigramFields.Org_eenheid);
        werkgever.StrAdrNl.Add(AddressPart.EmployerAddress(row, shape));
        var contacts = root is null ? [] : ContactPersons.ForUnit(context, shape, root);
        if (contacts.Count == 0 && ContactPersons.Fallback(context, shape, employer) is { } fallback)
        {
            contacts.Add(fallback);
        }
        if (contacts.Count == 0)
        {
            throw new MappingException(AccountAutorisatieFields.Leidinggevende_Guid,
                $"gives no contact person for employer {employer.Werkgeverscode}: no manager of its top unit with a work phone or e-mail and no Contact configured");
        }
        werkgever.Cntprsn.AddRange(contacts);
        werkgever.Personeelssterkte.Add(StaffStrength.Count(context.Source, employer.Werkgeverscode.Trim(), context.Today));
        var tree = context.Source.Tree;
        foreach (var change in units.OrderBy(u => Depth(u.Unit.Org_eenheid)).ThenBy(u => u.Unit.Org_eenheid, StringComparer.Ordinal))
        {
            werkgever.OrgEenh.Add(Unit(shape, change, tree));
        }
        var message = new WerkgeversGegevensBasisregistratie { Release = context.Release };
        message.BrAlg = header.Create(message.MessageName, context.Release, context.Profile.BrAlgOptions());
        message.Wrkgvr.Add(werkgever);
        return new MappedMessage(message, employer.Werkgeverscode, notes);
    }

    /// <summary>The rows the message is made from: the employer, the units it sends and their managers (and the top unit's).</summary>
    private RowProblemCheck Check(WerkgeverRow employer, string? root, IReadOnlyList<OrgUnitChange> units)
    {
        var check = new RowProblemCheck(SiviMessageTypes.WerkgeversGegevens).Add(employer, FieldsUsed.Employer);
        foreach (var manager in context.Source.ManagersOf(root))
        {
            check.Add(manager, FieldsUsed.Manager);
        }
        foreach (var change in units)
        {
            check.Add(change.Unit, FieldsUsed.OrgUnit);
            foreach (var manager in context.Source.ManagersOf(change.Unit.Org_eenheid))
            {
                check.Add(manager, FieldsUsed.Manager);
            }
        }
        return check;
    }

    private OrgEenh Unit(Conversion.ReleaseShape shape, OrgUnitChange change, Source.OrgUnitTree tree)
    {
        var unit = change.Unit;
        var code = SiviText.Code(unit.Org_eenheid, 70, OrganigramFields.Org_eenheid)
            ?? throw new MappingException(OrganigramFields.Org_eenheid, "is missing");
        var element = new OrgEenh
        {
            VrwrkCd = change.VrwrkCd,
            Ingdat = unit.Begindatum_organigram,
            Enddat = unit.Einddatum_organigram,
            NmOrgeenh = SiviText.Fit(unit.Org_eenheid_omschrijving, 70) ?? code,
            OrgeenhCd = code,
            OndOrgeenhCd = tree.ParentOf(code) ?? Parent(unit, code),
        };
        element.Cntprsn.AddRange(ContactPersons.ForUnit(context, shape, code));
        return element;
    }

    /// <summary>The parent as AFAS names it when it is not (or no longer) a known unit, e.g. for a removed unit; never the unit itself.</summary>
    private static string? Parent(OrganigramRow unit, string code)
    {
        var parent = SiviText.Code(unit.Bovenliggende_org_eenheid, 70, OrganigramFields.Bovenliggende_org_eenheid);
        return parent == code ? null : parent;
    }

    private int Depth(string code)
    {
        var depth = 0;
        var current = code;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (context.Source.Tree.ParentOf(current) is { } parent && seen.Add(parent))
        {
            depth++;
            current = parent;
        }
        return depth;
    }
}

using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>Addresses onto an employee (home, care address) or an employer (business address).</summary>
public static class AddressPart
{
    /// <summary>Adds the employee's home address; an incomplete one is left out with a note.</summary>
    public static void AddHome(Wrknmr werknemer, MedewerkerGegevensRow row, List<MappingNote> notes) =>
        Add(werknemer, new PostalAddress(row.Straatnaam, row.Huisnummer, row.Huisnummer_toevoeging, row.Postcode, row.Woonplaats, row.Land),
            AddressKindCodes.Woonadres, "", notes, null);

    /// <summary>Adds the absence's care address (hospital), when the account opted in; the type is left unspecified.</summary>
    public static void AddCare(Wrknmr werknemer, VerzuimRow row, List<MappingNote> notes)
    {
        var (number, addition) = HouseNumbers.Split(row.Verpleegadres_Huisnr);
        var extra = SiviText.Fit(row.Verpleegadres_Toev_aan_huisnr, 4);
        var address = new PostalAddress(row.Verpleegadres_Straat, number, extra ?? addition, row.Verpleegadres_Pstcd, row.Verpleegadres_Plaats, row.Verpleegadres_Land);
        Add(werknemer, address, AddressKindCodes.Verpleegadres, "Verpleegadres_", notes, SiviText.Fit(row.Verpleegadres_Naam, 70));
    }

    /// <summary>The employer's business address; WerkgeversGegevensBasisregistratie requires a complete Dutch one.</summary>
    public static StrAdrNl EmployerAddress(WerkgeverRow row)
    {
        var address = new PostalAddress(row.Straatnaam, row.Huisnummer, row.Huisnummer_toevoeging, row.Postcode, row.Woonplaats, row.Land);
        if (address.CountryCode != "NL")
        {
            throw new MappingException(WerkgeverFields.Land, "is not the Netherlands; WerkgeversGegevensBasisregistratie carries Dutch addresses only");
        }
        var (dutch, problem) = address.ToDutch(AddressKindCodes.Vestigingsadres, "");
        return dutch ?? throw new MappingException(problem!.Field, problem.Reason);
    }

    private static void Add(Wrknmr werknemer, PostalAddress address, string kind, string fieldPrefix, List<MappingNote> notes, string? careName)
    {
        if (address.IsEmpty)
        {
            return;
        }
        var country = address.CountryCode;
        if (country is null)
        {
            notes.Add(new MappingNote(fieldPrefix + "Land", "is not a two-letter ISO country code; address left out"));
            return;
        }
        if (country == "NL")
        {
            var (dutch, problem) = address.ToDutch(kind, fieldPrefix);
            if (dutch is null)
            {
                notes.Add(problem! with { Reason = problem.Reason + "; address left out" });
                return;
            }
            dutch.NmVrpladrs = careName;
            werknemer.StrAdrNl.Add(dutch);
            return;
        }
        var (foreign, foreignProblem) = address.ToForeign(kind, fieldPrefix);
        if (foreign is null)
        {
            notes.Add(foreignProblem! with { Reason = foreignProblem.Reason + "; address left out" });
            return;
        }
        foreign.NmVrpladrs = careName;
        werknemer.StrAdrBl.Add(foreign);
    }
}

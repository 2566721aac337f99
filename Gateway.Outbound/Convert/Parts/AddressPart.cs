using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Values;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>Addresses onto an employee (home, care address) or an employer (business address).</summary>
public static class AddressPart
{
    /// <summary>The care address's AFAS fields for the home address fields an address problem names.</summary>
    private static readonly Dictionary<string, string> CareAddressFields = new(StringComparer.Ordinal)
    {
        [MedewerkerGegevensFields.Huisnummer] = VerzuimFields.Verpleegadres_Huisnr,
        [MedewerkerGegevensFields.Huisnummer_toevoeging] = VerzuimFields.Verpleegadres_Toev_aan_huisnr,
        [MedewerkerGegevensFields.Postcode] = VerzuimFields.Verpleegadres_Pstcd,
        [MedewerkerGegevensFields.Woonplaats] = VerzuimFields.Verpleegadres_Plaats,
        [MedewerkerGegevensFields.Land] = VerzuimFields.Verpleegadres_Land,
    };

    /// <summary>Adds the employee's home address; an incomplete or unreadable one is left out with a note.</summary>
    public static void AddHome(Wrknmr werknemer, ReleaseShape shape, MedewerkerGegevensRow row, List<MappingNote> notes) =>
        Add(werknemer, new PostalAddress(row.Straatnaam, row.Huisnummer, row.Huisnummer_toevoeging, row.Postcode, row.Woonplaats, row.Land),
            AddressKindCodes.Woonadres, null, notes, null, Limits(shape, "Wrkgvr/Wrknmr/StrAdrNl"));

    /// <summary>Adds the absence's care address (hospital), when the account opted in; the type is left unspecified.</summary>
    public static void AddCare(Wrknmr werknemer, ReleaseShape shape, VerzuimRow row, List<MappingNote> notes)
    {
        var address = new PostalAddress(row.Verpleegadres_Straat, row.Verpleegadres_Huisnr, row.Verpleegadres_Toev_aan_huisnr,
            row.Verpleegadres_Pstcd, row.Verpleegadres_Plaats, row.Verpleegadres_Land);
        Add(werknemer, address, AddressKindCodes.Verpleegadres, CareAddressFields, notes, SiviText.Fit(row.Verpleegadres_Naam, 70),
            Limits(shape, "Wrkgvr/Wrknmr/StrAdrNl"));
    }

    /// <summary>The employer's business address; WerkgeversGegevensBasisregistratie requires a complete Dutch one.</summary>
    public static StrAdrNl EmployerAddress(WerkgeverRow row, ReleaseShape shape)
    {
        var address = new PostalAddress(row.Straatnaam, row.Huisnummer, row.Huisnummer_toevoeging, row.Postcode, row.Woonplaats, row.Land);
        if (address.CountryCode != "NL")
        {
            throw new MappingException(WerkgeverFields.Land, "is not the Netherlands; WerkgeversGegevensBasisregistratie carries Dutch addresses only");
        }
        var (dutch, problem) = address.ToDutch(AddressKindCodes.Vestigingsadres, Limits(shape, "Wrkgvr/StrAdrNl"));
        return dutch ?? throw new MappingException(problem!.Field, problem.Reason);
    }

    /// <summary>What the release's StrAdrNl allows for the house number: Huisnr's digits, HuisToev's length (none without HuisToev).</summary>
    public static HouseNumberLimits Limits(ReleaseShape shape, string dutchAddressPath) => new(
        shape.TypeOf(dutchAddressPath + "/Huisnr")?.TotalDigits ?? 5,
        shape.Has(dutchAddressPath + "/HuisToev") ? shape.TypeOf(dutchAddressPath + "/HuisToev")?.MaxLength : null);

    /// <param name="fieldNames">The AFAS fields of the address when they are not the home address's (the care address).</param>
    private static void Add(Wrknmr werknemer, PostalAddress address, string kind, IReadOnlyDictionary<string, string>? fieldNames, List<MappingNote> notes,
        string? careName, HouseNumberLimits limits)
    {
        if (address.IsEmpty)
        {
            return;
        }
        var country = address.CountryCode;
        if (country is null)
        {
            notes.Add(new MappingNote(Field(fieldNames, MedewerkerGegevensFields.Land), "is not a two-letter ISO country code; address left out"));
            return;
        }
        if (country == "NL")
        {
            var (dutch, problem) = address.ToDutch(kind, limits);
            if (dutch is null)
            {
                notes.Add(new MappingNote(Field(fieldNames, problem!.Field), problem.Reason + "; address left out"));
                return;
            }
            dutch.NmVrpladrs = careName;
            werknemer.StrAdrNl.Add(dutch);
            return;
        }
        var (foreign, foreignProblem) = address.ToForeign(kind);
        if (foreign is null)
        {
            notes.Add(new MappingNote(Field(fieldNames, foreignProblem!.Field), foreignProblem.Reason + "; address left out"));
            return;
        }
        foreign.NmVrpladrs = careName;
        werknemer.StrAdrBl.Add(foreign);
    }

    private static string Field(IReadOnlyDictionary<string, string>? names, string field) => names?.GetValueOrDefault(field, field) ?? field;
}

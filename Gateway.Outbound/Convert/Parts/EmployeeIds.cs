using System.Globalization;
using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Parts;

/// <summary>The identifiers SIVI uses for an employee (IdWrknmr) and an employment (IdDnstvbnd).</summary>
public static class EmployeeIds
{
    /// <summary>IdWrknmr: the GUID (default) or, by account choice, the personnel number.</summary>
    public static string For(MappingProfile profile, MedewerkerGegevensRow row) => profile.EmployeeId switch
    {
        EmployeeIdSource.Personeelsnummer => SiviText.Code(row.Personeelsnummer, 40, MedewerkerGegevensFields.Personeelsnummer)
            ?? throw new MappingException(MedewerkerGegevensFields.Personeelsnummer, "is missing and the account identifies employees by personnel number"),
        _ => SiviText.Code(Identifiers.Guid(row.GUID), 40, MedewerkerGegevensFields.GUID)
            ?? throw new MappingException(MedewerkerGegevensFields.GUID, "is missing"),
    };

    /// <summary>IdDnstvbnd: "Personeelsnummer-Dienstverbandnummer" (as AFAS shows a dienstverband), or the number alone.</summary>
    public static string For(EmploymentRecord employment)
    {
        var number = employment.Number.ToString(CultureInfo.InvariantCulture);
        var personnel = employment.Current.Personeelsnummer?.Trim();
        var id = string.IsNullOrEmpty(personnel) ? number : personnel + "-" + number;
        return SiviText.Code(id, 40, MedewerkerGegevensFields.Dienstverbandnummer)!;
    }
}

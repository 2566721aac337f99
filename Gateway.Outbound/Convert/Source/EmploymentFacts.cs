using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// The fields of one Medewerker_Gegevens row that employer-wide figures need (<see cref="EmployerUnits"/>, the
/// Personeelssterkte): small enough to hold for every employee when the rows themselves are not held. No BSN, no
/// name, no address.
/// </summary>
public sealed record EmploymentFacts(string Guid, int Dienstverbandnummer, int Contractnummer, string? Werkgeverscode, string? Afdelingscode,
    DateOnly? Start, DateOnly? End, decimal? Fte, string? Geslacht)
{
    public static EmploymentFacts Of(MedewerkerGegevensRow row) => new(row.GUID, row.Dienstverbandnummer, row.Contractnummer, row.Werkgeverscode,
        row.Afdelingscode, row.Datum_start_dvb, row.Datum_eind_dvb, row.FTE, row.Geslacht);
}

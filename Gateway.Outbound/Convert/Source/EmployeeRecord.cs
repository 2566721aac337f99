using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// One employee from Medewerker_Gegevens (one row per dienstverband × contract): the person, taken from the row of the
/// latest dienstverband and contract, and the employments in dienstverband order.
/// </summary>
public sealed class EmployeeRecord
{
    public EmployeeRecord(IReadOnlyList<MedewerkerGegevensRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("an employee needs at least one row", nameof(rows));
        }
        Employments = [.. rows.GroupBy(r => r.Dienstverbandnummer).OrderBy(g => g.Key).Select(g => new EmploymentRecord(g.Key, [.. g]))];
        Person = Employments[^1].Current;
        Guid = Identifiers.Guid(Person.GUID) ?? "";
    }

    /// <summary>The GUID without braces, upper case.</summary>
    public string Guid { get; }

    /// <summary>The row whose person fields (names, address, contact details) are used.</summary>
    public MedewerkerGegevensRow Person { get; }

    public IReadOnlyList<EmploymentRecord> Employments { get; }

    /// <summary>The employments with one employer.</summary>
    public IEnumerable<EmploymentRecord> EmploymentsWith(string werkgeverscode) =>
        Employments.Where(e => string.Equals(e.Werkgeverscode, werkgeverscode, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The employment with that Dienstverbandnummer; without a number the main one: the latest started employment that
    /// has not ended before <paramref name="onDate"/>, else the latest started.
    /// </summary>
    public EmploymentRecord? Employment(int? number, DateOnly onDate)
    {
        if (number is { } wanted)
        {
            return Employments.FirstOrDefault(e => e.Number == wanted);
        }
        var running = Employments.Where(e => e.Current.Datum_eind_dvb is not { } end || end >= onDate).ToList();
        var candidates = running.Count > 0 ? running : [.. Employments];
        return candidates.OrderBy(e => e.Current.Datum_start_dvb ?? DateOnly.MinValue).ThenBy(e => e.Number).LastOrDefault();
    }
}

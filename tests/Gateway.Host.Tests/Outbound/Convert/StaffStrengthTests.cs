using Gateway.Outbound.Convert.Employers;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Personeelssterkte counted from the employments per employer and peildatum (docs/mapping.md).</summary>
public class StaffStrengthTests
{
    private static readonly DateOnly Peildatum = new(2025, 6, 2);

    [Fact]
    public void Employees_with_an_employment_in_force_are_counted_once_with_their_FTE_split_by_gender()
    {
        var source = new SourceSnapshot();
        // a man with two employments at 01 (0.6 + 0.2 FTE): one employee, 0.8 FTE
        source.Put(Row("{10000000-0000-4000-8000-000000000001}", 1, 1, "Man", 0.6m));
        source.Put(Row("{10000000-0000-4000-8000-000000000001}", 2, 1, "Man", 0.2m));
        // a woman whose latest contract (2) is at 01 with 1.0 FTE; her first contract said 0.5
        source.Put(Row("{10000000-0000-4000-8000-000000000002}", 1, 1, "Vrouw", 0.5m));
        source.Put(Row("{10000000-0000-4000-8000-000000000002}", 1, 2, "Vrouw", 1.0m));
        // unknown gender counts in the totals only
        source.Put(Row("{10000000-0000-4000-8000-000000000003}", 1, 1, "", 0.5m));
        // not counted: ended before the peildatum, starts after it, works for employer 02
        source.Put(Row("{10000000-0000-4000-8000-000000000004}", 1, 1, "Vrouw", 1m) with { Datum_eind_dvb = Peildatum.AddDays(-1) });
        source.Put(Row("{10000000-0000-4000-8000-000000000005}", 1, 1, "Man", 1m) with { Datum_start_dvb = Peildatum.AddDays(1) });
        source.Put(Row("{10000000-0000-4000-8000-000000000006}", 1, 1, "Man", 1m) with { Werkgeverscode = "02" });
        // ends on the peildatum itself: still in force that day
        source.Put(Row("{10000000-0000-4000-8000-000000000007}", 1, 1, "Man", 0.4m) with { Datum_eind_dvb = Peildatum });

        var strength = StaffStrength.Count(source, "01", Peildatum);

        Assert.Equal(Peildatum, strength.PeildatPersoneelssterkte!.Value.Date);
        Assert.Equal(("4", "3"), (strength.AantWrknmrs, strength.AantFTE)); // 0.6 + 0.2 + 1.0 + 0.5 + 0.4 = 2.7
        Assert.Equal(("1", "1"), (strength.AantVrouwelijkeWrknmrs, strength.AantVrouwelijkeFTE));
        Assert.Equal(("2", "1"), (strength.AantMannelijkeWrknmrs, strength.AantMannelijkeFTE)); // 0.6 + 0.2 + 0.4 = 1.2
        Assert.Equal(("1", "1"), (StaffStrength.Count(source, "02", Peildatum).AantWrknmrs, StaffStrength.Count(source, "02", Peildatum).AantFTE));
        Assert.Equal(("0", null), (StaffStrength.Count(source, "03", Peildatum).AantWrknmrs, StaffStrength.Count(source, "03", Peildatum).AantFTE));
    }

    private static Gateway.Afas.Rows.MedewerkerGegevensRow Row(string guid, int employment, int contract, string gender, decimal fte) =>
        TestRows.Employee(guid, employment, contract) with
        {
            Geslacht = gender,
            FTE = fte,
            Datum_start_dvb = new DateOnly(2020, 1, 1),
            Datum_eind_dvb = null,
        };
}

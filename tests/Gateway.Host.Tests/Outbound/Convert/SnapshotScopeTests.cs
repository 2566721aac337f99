using Gateway.Outbound.Convert.Employers;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>A snapshot that holds only a batch's employees and cases (the service's per-batch read of the AFAS state).</summary>
public class SnapshotScopeTests
{
    private const string Loaded = "{10000000-0000-4000-8000-000000000001}";
    private const string Other = "{10000000-0000-4000-8000-000000000002}";

    [Fact]
    public void Employer_wide_figures_come_from_the_facts_of_every_employment_and_other_employees_are_refused()
    {
        var whole = new SourceSnapshot();
        var loaded = TestRows.Employee(Loaded, 1, 1) with { Datum_start_dvb = new DateOnly(2020, 1, 1), Datum_eind_dvb = null, FTE = 1m };
        var other = TestRows.Employee(Other, 1, 1) with { Datum_start_dvb = new DateOnly(2020, 1, 1), Datum_eind_dvb = null, FTE = 0.5m };
        whole.Put(loaded);
        whole.Put(other);
        var batch = new SourceSnapshot();
        batch.Put(loaded);
        batch.HoldOnly(new SnapshotScope([EmploymentFacts.Of(loaded), EmploymentFacts.Of(other)],
            new HashSet<string>(["10000000-0000-4000-8000-000000000001"]), new HashSet<string>()));

        var day = new DateOnly(2025, 6, 2);
        var code = loaded.Werkgeverscode!.Trim();
        var (fromRows, fromFacts) = (StaffStrength.Count(whole, code, day), StaffStrength.Count(batch, code, day));
        Assert.Equal((fromRows.AantWrknmrs, fromRows.AantFTE), (fromFacts.AantWrknmrs, fromFacts.AantFTE));
        Assert.Equal(("2", "2"), (fromFacts.AantWrknmrs, fromFacts.AantFTE));
        Assert.NotNull(batch.Employee(Loaded.ToLowerInvariant()));
        Assert.Null(batch.Employee(null));
        Assert.Throws<InvalidOperationException>(() => batch.Employee(Other));
        Assert.Throws<InvalidOperationException>(() => batch.Iban(Other));
        Assert.Throws<InvalidOperationException>(() => batch.RowsOfCase("{20000000-0000-4000-8000-000000000001}"));
        Assert.Throws<InvalidOperationException>(() => batch.EmployeeRows().ToList());
    }
}

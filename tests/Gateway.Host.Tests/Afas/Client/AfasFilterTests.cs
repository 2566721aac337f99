using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

public class AfasFilterTests : IAsyncLifetime
{
    private AfasTestServer _server = null!;
    private List<MedewerkerGegevensRow> _all = null!;

    public static TheoryData<int> Operators => [.. Enumerable.Range(1, 14)];

    public async Task InitializeAsync()
    {
        _server = await AfasTestServer.StartAsync(employees: 400, seed: 5);
        _all = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(_server.Client(o => o.PageSize = 1000));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Each_operator_type_selects_what_it_says(int operatorType)
    {
        var (filter, expected) = Case((AfasFilterOperator)operatorType);
        var query = AfasQuery.For<MedewerkerGegevensRow>().Where(filter);

        var rows = await AfasPagingTests.ReadAllAsync(_server.Client(o => o.PageSize = 60), query);

        var wanted = _all.Where(expected).Select(r => r.Key).ToList();
        Assert.InRange(wanted.Count, 1, _all.Count - 1);
        Assert.Equal(wanted, rows.Select(r => r.Key));
    }

    [Fact]
    public async Task Several_filters_are_combined_with_and()
    {
        var query = AfasQuery.For<MedewerkerGegevensRow>()
            .Where(MedewerkerGegevensFields.Werkgeverscode, AfasFilterOperator.Equal, "02")
            .Where(AfasFilter.On(MedewerkerGegevensFields.Huisnummer, AfasFilterOperator.Greater, 50m));

        var rows = await AfasPagingTests.ReadAllAsync(_server.Client(), query);

        var wanted = _all.Where(r => r.Werkgeverscode == "02" && HouseNumber(r) > 50).Select(r => r.Key).ToList();
        Assert.NotEmpty(wanted);
        Assert.Equal(wanted, rows.Select(r => r.Key));
    }

    [Fact]
    public async Task A_date_time_filter_compares_amsterdam_wall_clock_time()
    {
        var client = _server.Client(o => o.PageSize = 500);
        var verzuim = await AfasPagingTests.ReadAllAsync<VerzuimRow>(client);
        var threshold = verzuim.Select(v => v.Verloop_Gewijzigd_Op!.Value).Order().ElementAt(verzuim.Count / 2);
        var query = AfasQuery.For<VerzuimRow>()
            .Where(AfasFilter.On(VerzuimFields.Verloop_Gewijzigd_Op, AfasFilterOperator.GreaterOrEqual, threshold));

        var rows = await AfasPagingTests.ReadAllAsync(client, query);

        Assert.Equal(verzuim.Where(v => v.Verloop_Gewijzigd_Op >= threshold).Select(v => v.Key), rows.Select(r => r.Key));
    }

    [Fact]
    public void Filter_values_with_list_separators_are_refused_without_echoing_the_value()
    {
        var e = Assert.Throws<ArgumentException>(() => new AfasFilter(MedewerkerGegevensFields.BSN, AfasFilterOperator.Equal, "123,456789"));
        Assert.DoesNotContain("123", e.Message, StringComparison.Ordinal);
    }

    private static (AfasFilter Filter, Func<MedewerkerGegevensRow, bool> Expected) Case(AfasFilterOperator op) => op switch
    {
        AfasFilterOperator.Equal => (new(MedewerkerGegevensFields.Werkgeverscode, op, "01"), r => r.Werkgeverscode == "01"),
        AfasFilterOperator.GreaterOrEqual => (AfasFilter.On(MedewerkerGegevensFields.Huisnummer, op, 100m), r => HouseNumber(r) >= 100),
        AfasFilterOperator.LessOrEqual => (AfasFilter.On(MedewerkerGegevensFields.Geboortedatum, op, new DateOnly(1980, 1, 1)), r => r.Geboortedatum <= new DateOnly(1980, 1, 1)),
        AfasFilterOperator.Greater => (AfasFilter.On(MedewerkerGegevensFields.FTE, op, 0.5m), r => r.FTE > 0.5m),
        AfasFilterOperator.Less => (AfasFilter.On(MedewerkerGegevensFields.Uren_per_week, op, 24m), r => r.Uren_per_week < 24m),
        AfasFilterOperator.Contains => (new(MedewerkerGegevensFields.Achternaam, op, "ER"), r => Has(r.Achternaam, s => s.Contains("er", StringComparison.OrdinalIgnoreCase))),
        AfasFilterOperator.NotEqual => (new(MedewerkerGegevensFields.Geslacht, op, "Man"), r => r.Geslacht != "Man"),
        AfasFilterOperator.Empty => (new(MedewerkerGegevensFields.Voorvoegsel, op), r => string.IsNullOrEmpty(r.Voorvoegsel)),
        AfasFilterOperator.NotEmpty => (new(MedewerkerGegevensFields.Telefoonnr_prive, op), r => !string.IsNullOrEmpty(r.Telefoonnr_prive)),
        AfasFilterOperator.StartsWith => (new(MedewerkerGegevensFields.Postcode, op, "3"), r => Has(r.Postcode, s => s.StartsWith('3'))),
        AfasFilterOperator.NotContains => (new(MedewerkerGegevensFields.Functie, op, "medewerker"), r => !Has(r.Functie, s => s.Contains("medewerker", StringComparison.OrdinalIgnoreCase))),
        AfasFilterOperator.NotStartsWith => (new(MedewerkerGegevensFields.Roepnaam, op, "j"), r => !Has(r.Roepnaam, s => s.StartsWith("j", StringComparison.OrdinalIgnoreCase))),
        AfasFilterOperator.EndsWith => (new(MedewerkerGegevensFields.Achternaam, op, "S"), r => Has(r.Achternaam, s => s.EndsWith("s", StringComparison.OrdinalIgnoreCase))),
        AfasFilterOperator.NotEndsWith => (new(MedewerkerGegevensFields.Woonplaats, op, "dam"), r => !Has(r.Woonplaats, s => s.EndsWith("dam", StringComparison.OrdinalIgnoreCase))),
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static bool Has(string? value, Func<string, bool> test) => value is not null && test(value);

    /// <summary>Huisnummer is read as text (it may hold a letter); the simulator writes whole numbers.</summary>
    private static int? HouseNumber(MedewerkerGegevensRow row) =>
        int.TryParse(row.Huisnummer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
}

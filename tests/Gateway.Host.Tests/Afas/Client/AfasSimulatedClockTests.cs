using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Time;

namespace Gateway.Afas.Tests.Client;

public class AfasSimulatedClockTests
{
    [Fact]
    public async Task A_month_of_simulated_days_brings_hires_leavers_moves_address_and_bank_changes()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 1500, seed: 3);
        var client = server.Client(o => o.PageSize = 5000);
        var start = server.Simulator.Clock.Today;
        var before = Index(await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(client));
        var ibansBefore = (await AfasPagingTests.ReadAllAsync<MedewerkerIbanRow>(client)).ToDictionary(r => r.GUID, r => r.IBAN_nummer);

        for (var day = 0; day < 30; day++)
        {
            server.Simulator.AdvanceDay();
        }
        var today = server.Simulator.Clock.Today;
        var after = Index(await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(client));
        var ibansAfter = (await AfasPagingTests.ReadAllAsync<MedewerkerIbanRow>(client)).ToDictionary(r => r.GUID, r => r.IBAN_nummer);

        Assert.Equal(start.AddDays(30), today);
        var hires = after.Keys.Except(before.Keys).Select(k => after[k]).ToList();
        Assert.NotEmpty(hires);
        Assert.All(hires, h => Assert.InRange(h.Datum_start_dvb!.Value, start.AddDays(1), today));
        Assert.Equal(server.Simulator.EmployeeCount, ibansAfter.Count);
        Assert.True(ibansAfter.Count > ibansBefore.Count);

        var stayed = before.Keys.Intersect(after.Keys).Select(k => (Before: before[k], After: after[k])).ToList();
        var moves = stayed.Where(p => p.Before.Afdelingscode != p.After.Afdelingscode).ToList();
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.InRange(m.After.Mutatiedatum_OE!.Value, start.AddDays(1), today));
        Assert.Contains(stayed, p => p.Before.Datum_eind_dvb is null && p.After.Datum_eind_dvb is not null);
        Assert.Contains(stayed, p => p.Before.Postcode != p.After.Postcode || p.Before.Straatnaam != p.After.Straatnaam);
        Assert.Contains(stayed, p => p.Before.Uren_per_week != p.After.Uren_per_week && p.After.Mutatiedatum_Rooster > start);
        Assert.Contains(ibansBefore, p => ibansAfter[p.Key] != p.Value);
    }

    [Fact]
    public async Task Sick_reports_and_recoveries_appear_and_a_mutation_date_filter_finds_them()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 1500, seed: 4);
        var client = server.Client(o => o.PageSize = 5000);
        var start = server.Simulator.Clock.Today;
        var before = (await AfasPagingTests.ReadAllAsync<VerzuimRow>(client)).ToDictionary(r => r.Key);

        using var advance = await server.Http.PostAsync(new Uri(server.Simulator.BaseUrl, "/_sim/advance?days=21"), null);
        advance.EnsureSuccessStatusCode();
        var clock = await advance.Content.ReadFromJsonAsync<JsonElement>();
        var today = start.AddDays(21);
        Assert.Equal(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), clock.GetProperty("today").GetString());

        var after = (await AfasPagingTests.ReadAllAsync<VerzuimRow>(client)).ToDictionary(r => r.Key);
        var newReports = after.Values.Where(r => !before.Values.Any(b => b.Guid_verzuimmelding == r.Guid_verzuimmelding)).ToList();
        Assert.NotEmpty(newReports);
        Assert.All(newReports, r => Assert.True(r.Datum_ziekmelding > start || r.Type == "ZB"));
        Assert.Contains(before, p => p.Value.Datum_hervatting is null && after.TryGetValue(p.Key, out var now) && now.Datum_hervatting is not null);
        Assert.All(after.Values, r => Assert.True(DateOnly.FromDateTime(r.Melding_Gewijzigd_Op!.Value.DateTime) <= today));

        var since = AmsterdamTime.FromLocal(today.AddDays(-14).ToDateTime(TimeOnly.MinValue));
        var recent = await AfasPagingTests.ReadAllAsync(client, AfasQuery.For<VerzuimRow>()
            .Where(AfasFilter.On(VerzuimFields.Verloop_Gewijzigd_Op, AfasFilterOperator.GreaterOrEqual, since)));
        Assert.NotEmpty(recent);
        Assert.Equal(after.Values.Where(r => r.Verloop_Gewijzigd_Op >= since).Select(r => r.Key), recent.Select(r => r.Key));
        Assert.True(recent.Count < after.Count / 2);
    }

    private static Dictionary<AfasRecordKey, MedewerkerGegevensRow> Index(List<MedewerkerGegevensRow> rows) =>
        rows.Where(r => r.Dienstverbandnummer == rows.Where(o => o.GUID == r.GUID).Max(o => o.Dienstverbandnummer))
            .ToDictionary(r => new AfasRecordKey(r.GUID + "|" + r.Contractnummer));
}

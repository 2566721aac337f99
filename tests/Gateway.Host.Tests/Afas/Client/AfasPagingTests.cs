using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

public class AfasPagingTests
{
    [Fact]
    public async Task Many_small_pages_give_the_same_rows_as_one_page_in_key_order()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 300);
        var paged = await ReadAllAsync<MedewerkerGegevensRow>(server.Client(o => o.PageSize = 37));
        var whole = await ReadAllAsync<MedewerkerGegevensRow>(server.Client(o => o.PageSize = 100_000));

        Assert.True(paged.Count > 300, "some employees have several employments or contracts");
        Assert.Equal(whole, paged);
        Assert.Equal(paged.Count, paged.Select(r => r.Key).Distinct().Count());
        for (var i = 1; i < paged.Count; i++)
        {
            Assert.True(CompareKeys(paged[i - 1], paged[i]) < 0, $"row {i} is out of key order");
        }
        var expectedRequests = (paged.Count / 37) + 1 + 1;
        Assert.Equal(expectedRequests, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.MedewerkerGegevens));
    }

    [Fact]
    public async Task A_descending_order_is_completed_with_the_key_and_pages_without_gaps_or_repeats()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 200);
        var client = server.Client(o => o.PageSize = 23);
        var query = AfasQuery.For<MedewerkerGegevensRow>().OrderedBy(new AfasOrder(MedewerkerGegevensFields.Achternaam, Descending: true));

        var rows = await ReadAllAsync(client, query);
        var all = await ReadAllAsync<MedewerkerGegevensRow>(client);

        Assert.Equal(all.Count, rows.Count);
        Assert.Equal(all.Select(r => r.Key.Value).Order(StringComparer.Ordinal), rows.Select(r => r.Key.Value).Order(StringComparer.Ordinal));
        var expected = all.OrderByDescending(r => r.Achternaam, StringComparer.OrdinalIgnoreCase).ThenBy(r => r, Comparer<MedewerkerGegevensRow>.Create(CompareKeys)).ToList();
        Assert.Equal(expected.Select(r => r.Key), rows.Select(r => r.Key));
    }

    [Fact]
    public async Task Every_connector_reads_without_row_errors()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 120);
        var client = server.Client();
        Assert.NotEmpty(await ReadAllAsync<WerkgeverRow>(client));
        Assert.NotEmpty(await ReadAllAsync<OrganigramRow>(client));
        Assert.NotEmpty(await ReadAllAsync<MedewerkerGegevensRow>(client));
        Assert.NotEmpty(await ReadAllAsync<VerzuimRow>(client));
        Assert.NotEmpty(await ReadAllAsync<AccountAutorisatieRow>(client));
        Assert.Equal(120, (await ReadAllAsync<MedewerkerIbanRow>(client)).Count);
    }

    [Fact]
    public async Task Rows_enumerate_across_pages_and_the_integration_id_is_sent()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 40);
        var client = server.Client(o =>
        {
            o.PageSize = 7;
            o.IntegrationId = "gateway-tests";
        });
        var count = 0;
        await foreach (var result in client.ReadRowsAsync<MedewerkerIbanRow>())
        {
            Assert.False(result.IsRejected);
            count++;
        }
        Assert.Equal(40, count);
        Assert.Equal("gateway-tests", server.Simulator.Statistics.LastIntegrationId);
    }

    internal static async Task<List<TRow>> ReadAllAsync<TRow>(AfasConnectorClient client, AfasQuery<TRow>? query = null)
        where TRow : class, IAfasRow<TRow>
    {
        var rows = new List<TRow>();
        await foreach (var page in client.ReadPagesAsync<TRow>(query))
        {
            Assert.Empty(page.Errors);
            rows.AddRange(page.Rows);
        }
        return rows;
    }

    private static int CompareKeys(MedewerkerGegevensRow a, MedewerkerGegevensRow b)
    {
        var byGuid = StringComparer.OrdinalIgnoreCase.Compare(a.GUID, b.GUID);
        if (byGuid != 0)
        {
            return byGuid;
        }
        var byEmployment = a.Dienstverbandnummer.CompareTo(b.Dienstverbandnummer);
        return byEmployment != 0 ? byEmployment : a.Contractnummer.CompareTo(b.Contractnummer);
    }
}

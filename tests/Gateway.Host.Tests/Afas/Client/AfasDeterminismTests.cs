using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

public class AfasDeterminismTests
{
    public static TheoryData<string> Connectors =>
    [
        AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.MedewerkerGegevens,
        AfasConnectorIds.Verzuim, AfasConnectorIds.AccountsAutorisaties, AfasConnectorIds.MedewerkerIban,
    ];

    [Theory]
    [MemberData(nameof(Connectors))]
    public async Task The_same_seed_and_size_give_byte_identical_answers(string connectorId)
    {
        await using var first = await AfasTestServer.StartAsync(employees: 250, seed: 42);
        await using var second = await AfasTestServer.StartAsync(employees: 250, seed: 42);

        var a = await first.RawAsync(connectorId, "?skip=0&take=-1");
        var b = await second.RawAsync(connectorId, "?skip=0&take=-1");

        Assert.True(a.Length > 100);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Another_seed_gives_other_data_and_the_same_seed_the_same_rows()
    {
        await using var first = await AfasTestServer.StartAsync(employees: 100, seed: 1);
        await using var same = await AfasTestServer.StartAsync(employees: 100, seed: 1);
        await using var other = await AfasTestServer.StartAsync(employees: 100, seed: 2);

        var rows = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(first.Client(o => o.PageSize = 33));
        var sameRows = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(same.Client(o => o.PageSize = 71));
        var otherRows = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(other.Client(o => o.PageSize = 33));

        Assert.Equal(rows, sameRows);
        Assert.NotEqual(rows.Select(r => r.GUID), otherRows.Select(r => r.GUID));
        Assert.NotEqual(rows.Select(r => r.BSN), otherRows.Select(r => r.BSN));
        Assert.NotEqual(rows.Select(r => r.Achternaam), otherRows.Select(r => r.Achternaam));
    }
}

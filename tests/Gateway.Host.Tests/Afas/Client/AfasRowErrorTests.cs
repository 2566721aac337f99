using Afas.Simulator.Faults;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

public class AfasRowErrorTests
{
    [Fact]
    public async Task Unreadable_rows_become_row_errors_and_the_pull_goes_on()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 150);
        var clean = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(server.Client(o => o.PageSize = 1000));
        server.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerGegevens, new SimulatedFault(SimulatedFaultKind.CorruptRows) { CorruptEvery = 7 }, requests: 100);
        var client = server.Client(o => o.PageSize = 40);
        var rows = new List<MedewerkerGegevensRow>();
        var errors = new List<AfasRowError>();

        await foreach (var page in client.ReadPagesAsync<MedewerkerGegevensRow>())
        {
            rows.AddRange(page.Rows);
            errors.AddRange(page.Errors);
        }

        var corrupted = Enumerable.Range(0, clean.Count).Where(i => i % 7 == 0).ToList();
        Assert.Equal(corrupted.Select(i => (long)i), errors.Select(e => e.Position));
        Assert.Equal(clean.Where((_, i) => i % 7 != 0), rows);
        var missingKeys = errors.Where((_, n) => n % 2 == 0).ToList();
        var unparsable = errors.Where((_, n) => n % 2 == 1).ToList();
        Assert.All(missingKeys, e =>
        {
            Assert.Equal(MedewerkerGegevensFields.GUID, e.Field);
            Assert.Equal("is missing", e.Reason);
            Assert.Null(e.RecordKey);
        });
        Assert.All(unparsable, e =>
        {
            Assert.Equal(MedewerkerGegevensFields.Geboortedatum, e.Field);
            Assert.Equal(clean[(int)e.Position].Key, e.RecordKey);
            Assert.Equal(AfasConnectorIds.MedewerkerGegevens, e.ConnectorId);
        });
        Assert.Contains(server.Logger.Entries, e => e.Text.Contains(clean[7].Key.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rejected_rows_count_in_the_summary_and_do_not_stop_the_commit()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 60);
        server.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerIban, new SimulatedFault(SimulatedFaultKind.CorruptRows) { CorruptEvery = 10 }, requests: 100);
        var target = new ListStagingTarget<MedewerkerIbanRow>();

        var summary = await server.Client(o => o.PageSize = 25).PullAsync(target, server.Logger);

        Assert.Equal(6, summary.RejectedRows);
        Assert.Equal(54, summary.Rows);
        Assert.Equal(summary, target.Committed);
    }

    [Fact]
    public async Task No_bsn_iban_or_token_reaches_the_logs_or_errors()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 80);
        var people = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(server.Client());
        var accounts = await AfasPagingTests.ReadAllAsync<MedewerkerIbanRow>(server.Client());
        server.Simulator.Faults.Inject(FaultInjector.AnyConnector, new SimulatedFault(SimulatedFaultKind.CorruptRows) { CorruptEvery = 3 }, requests: 100);
        var errors = new List<AfasRowError>();
        await foreach (var page in server.Client().ReadPagesAsync<MedewerkerGegevensRow>())
        {
            errors.AddRange(page.Errors);
        }
        await foreach (var page in server.Client().ReadPagesAsync<MedewerkerIbanRow>())
        {
            errors.AddRange(page.Errors);
        }

        Assert.NotEmpty(errors);
        var text = server.Logger.AllText + string.Join('\n', errors) + string.Join('\n', people) + string.Join('\n', accounts);
        Assert.DoesNotContain(server.Simulator.Token, text, StringComparison.Ordinal);
        Assert.All(people, p => Assert.DoesNotContain(p.BSN!, text, StringComparison.Ordinal));
        Assert.All(accounts, a => Assert.DoesNotContain(a.IBAN_nummer!, text, StringComparison.Ordinal));
    }
}

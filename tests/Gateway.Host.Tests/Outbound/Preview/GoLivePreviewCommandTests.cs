using System.Text.Json;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Preview;

/// <summary><c>gateway employers preview CODE --account A</c> against the simulator, configured by a file, on each database provider.</summary>
[Collection(PostgresGroup.Name)]
public sealed class GoLivePreviewCommandTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-preview-cli-" + Guid.NewGuid().ToString("N"));
    private AfasTestServer _afas = null!;
    private string _config = "";
    private string _employer = "";

    public async Task InitializeAsync()
    {
        _afas = await AfasTestServer.StartAsync(employees: 30, seed: 3);
        await foreach (var row in _afas.Client().ReadRowsAsync(AfasQuery.For<WerkgeverRow>()))
        {
            _employer = row.Row!.Werkgeverscode;
            break;
        }
        Directory.CreateDirectory(_directory);
        _config = Path.Combine(_directory, "gateway.json");
    }

    /// <summary>The configuration file over <paramref name="provider"/>'s database, empty (no tables) as on a first run.</summary>
    private async Task<DatabaseOptions> ConfigureAsync(string provider)
    {
        var database = provider == "postgres"
            ? await postgres.CreateEmptyDatabaseAsync()
            : new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" };
        await File.WriteAllTextAsync(_config, $$"""
            {
              "Gateway": {
                "Database": { "Provider": "{{database.Provider}}", "ConnectionString": "{{database.ConnectionString}}" },
                "SecretKeyFile": "{{Path.Combine(_directory, "secret.key")}}",
                "Integrations": { "acme": { "Afas": { "BaseUrl": "{{_afas.Simulator.BaseUrl}}", "Token": "{{_afas.Simulator.Token}}", "PageSize": 40 } } },
                "Accounts": {
                  "arbo": {
                    "Integration": "acme",
                    "Delivery": { "Kind": "Folder", "Folder": "{{Path.Combine(_directory, "out")}}" },
                    "Mapping": {
                      "Release": "2025", "IdInzndr": "GATEWAY-TEST", "IdOntvngr": "ARBO-TEST",
                      "Employers": [ { "Werkgeverscode": "{{_employer}}", "IdWrkgvrArbdnst": "WG-1", "AansltnrGeguitwlngArbdnst": "AANSL-1" } ]
                    }
                  }
                }
              }
            }
            """);
        return database;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Preview_prints_counts_uitval_and_masked_samples_and_exits_1_for_the_uitval_it_would_raise(string provider)
    {
        var options = await ConfigureAsync(provider);
        var (exit, output, error) = await GatewayCliRunner.RunAsync("employers", "preview", _employer, "--account", "arbo", "--samples", "2", "--config", _config);

        Assert.True(exit == 1, error + output);
        Assert.Contains($"Go-live preview of employer {_employer}", output, StringComparison.Ordinal);
        Assert.Contains("nothing was sent or stored", output, StringComparison.Ordinal);
        Assert.Contains("Messages activation would send:", output, StringComparison.Ordinal);
        Assert.Contains("Loonheffingennummer: is not configured for employer " + _employer, output, StringComparison.Ordinal);
        Assert.Contains("<Achternaam>[afgeschermd]</Achternaam>", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
        var database = new GatewayDatabase(options);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.LedgerMessages.CountAsync());
        Assert.Equal(0, await context.PullRuns.CountAsync());
        Assert.Equal(0, await context.Employers.CountAsync());

        var (jsonExit, json, _) = await GatewayCliRunner.RunAsync("employers", "preview", _employer, "--account", "arbo", "--json", "--config", _config);
        Assert.Equal(1, jsonExit);
        var preview = JsonDocument.Parse(json).RootElement;
        Assert.True(preview.GetProperty("messageCount").GetInt32() > 0);
        Assert.Contains(preview.GetProperty("uitval").EnumerateArray(), u => u.GetProperty("field").GetString() == "Loonheffingennummer");
    }

    [Fact]
    public async Task An_unknown_account_is_a_usage_error()
    {
        await ConfigureAsync("sqlite");
        var (exit, _, error) = await GatewayCliRunner.RunAsync("employers", "preview", _employer, "--account", "nope", "--config", _config);
        Assert.Equal(2, exit);
        Assert.Contains("account 'nope' is not configured", error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _afas.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

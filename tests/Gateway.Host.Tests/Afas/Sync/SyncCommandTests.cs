using Gateway.Afas.Tests.Client;
using Gateway.Host.Tests.Support;

namespace Gateway.Afas.Tests.Sync;

/// <summary><c>gateway sync --once</c> and <c>gateway employers</c> against the simulator, configured by a file.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-sync-cli-" + Guid.NewGuid().ToString("N"));
    private AfasTestServer _afas = null!;
    private string _config = "";

    public async Task InitializeAsync()
    {
        _afas = await AfasTestServer.StartAsync(employees: 80, seed: 3);
        Directory.CreateDirectory(_directory);
        _config = Path.Combine(_directory, "gateway.json");
        var database = Path.Combine(_directory, "gateway.db");
        await File.WriteAllTextAsync(_config, $$"""
            {
              "Gateway": {
                "Database": { "ConnectionString": "Data Source={{database}}" },
                "SecretKeyFile": "{{Path.Combine(_directory, "secret.key")}}",
                "Integrations": { "acme": { "Afas": { "BaseUrl": "{{_afas.Simulator.BaseUrl}}", "Token": "{{_afas.Simulator.Token}}", "PageSize": 40 } } }
              }
            }
            """);
    }

    [Fact]
    public async Task Sync_prints_counts_per_connector_and_employers_can_be_activated()
    {
        var (exit, output, _) = await RunAsync("sync", "--integration", "acme", "--once", "--config", _config);
        Assert.Equal(0, exit);
        Assert.Contains("new employers await activation", output, StringComparison.Ordinal);
        Assert.Equal(6, output.Split('\n').Count(l => l.StartsWith("Newdays_Connect_", StringComparison.Ordinal)));

        var (listExit, list, _) = await RunAsync("employers", "list", "--json", "--config", _config);
        Assert.Equal(0, listExit);
        var code = System.Text.Json.JsonDocument.Parse(list.Split('\n')[0]).RootElement.GetProperty("code").GetString()!;
        var (activateExit, _, _) = await RunAsync("employers", "activate", "--integration", "acme", "--code", code, "--config", _config);
        Assert.Equal(0, activateExit);

        var (again, second, _) = await RunAsync("sync", "--integration", "acme", "--once", "--connector", "Newdays_Connect_Medewerker_Gegevens_v1", "--config", _config);
        Assert.Equal(0, again);
        var line = second.Split('\n').Single(l => l.StartsWith("Newdays_Connect_Medewerker_Gegevens_v1", StringComparison.Ordinal));
        var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(int.Parse(columns[3], System.Globalization.CultureInfo.InvariantCulture) > 0, line);
    }

    [Fact]
    public async Task Unknown_integration_or_connector_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("sync", "--integration", "nope", "--once", "--config", _config);
        Assert.Equal(2, exit);
        Assert.Contains("integration 'nope' is not configured", error, StringComparison.Ordinal);
        var (exit2, _, error2) = await RunAsync("sync", "--integration", "acme", "--once", "--connector", "Bogus", "--config", _config);
        Assert.Equal(2, exit2);
        Assert.Contains("unknown connector Bogus", error2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_pull_exits_1_and_says_no_state_changed()
    {
        _afas.Simulator.Faults.Inject("*", new global::Afas.Simulator.Faults.SimulatedFault(global::Afas.Simulator.Faults.SimulatedFaultKind.Unauthorized), requests: 100);
        var (exit, output, _) = await RunAsync("sync", "--integration", "acme", "--once", "--connector", "Newdays_Connect_Werkgevers_v1", "--config", _config);
        Assert.Equal(1, exit);
        Assert.Contains("FAILED (no state changed)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_afas.Simulator.Token, output, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => GatewayCliRunner.RunAsync(args);

    public async Task DisposeAsync()
    {
        await _afas.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

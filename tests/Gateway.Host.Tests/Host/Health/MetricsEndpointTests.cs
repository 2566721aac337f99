using Afas.Simulator.Hosting;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Tests.Reliability;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Health;

/// <summary>
/// A real `gateway run` against the AFAS simulator pulls, converts and delivers into a folder; its <c>/metrics</c> on
/// the health listener is then scraped as Prometheus would and holds the gateway's series (pull duration and rows per
/// connector, messages per account/type/state, queue depth, open uitval, delivery latency), the .NET runtime's and
/// MassTransit's meter. With an OTLP endpoint configured (here the standard environment variable) the spans of pull,
/// conversion and delivery and the metrics arrive at the collector.
/// </summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-metrics-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task Metrics_are_scraped_with_the_gateway_series_and_exported_with_the_traces_over_otlp()
    {
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 20, Seed = 7, StartDate = DateOnly.FromDateTime(DateTime.Today) });
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        await using (var context = database.CreateContext())
        {
            context.Employers.Add(new Gateway.Core.Employers.Employer { Integration = "afas", Code = "01", Name = "01", Active = true, FirstSeenUtc = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }
        var config = await SimulatorRunConfig.WriteAsync(_directory, database, simulator, "01");
        await using var collector = await OtlpReceiver.StartAsync();
        using var gateway = GatewayProcess.Start(config, _directory, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.AbsoluteUri,
            ["Gateway__Telemetry__Otlp__Protocol"] = "HttpProtobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        });
        using var http = new HttpClient { BaseAddress = gateway.HealthUrl };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(170));
        while (!await DeliveredAsync(database))
        {
            Assert.False(gateway.HasExited, "gateway stopped by itself:\n" + Log());
            await Task.Delay(500, timeout.Token);
        }

        string[] expected =
        [
            Series("gateway_pull_duration_seconds_bucket", $"gateway_connector=\"{Gateway.Core.Integrations.AfasConnectorIds.Verzuim}\"", "gateway_pull_outcome=\"succeeded\""),
            Series("gateway_pull_rows_sum", $"gateway_connector=\"{Gateway.Core.Integrations.AfasConnectorIds.Werkgevers}\""),
            Series("gateway_messages", "gateway_account=\"arbo\"", "gateway_message_state=\"Delivered\"", "gateway_message_type=\"") + " [1-9]",
            Series("gateway_queue_depth", "gateway_queue=\"outbox\""),
            Series("gateway_uitval_open", "gateway_uitval_stage=\"Delivery\"") + " [0-9]",
            Series("gateway_delivery_latency_seconds_bucket", "gateway_account=\"arbo\"", "gateway_message_type=\""),
            "dotnet_gc_",
            "messaging_masstransit_",
        ];
        var metrics = await ScrapeUntilAsync(http, expected);
        Assert.All(expected, pattern => Assert.Matches(pattern, metrics));
        Assert.DoesNotContain("Bsn", metrics, StringComparison.OrdinalIgnoreCase);

        while (!(collector.Received("traces", "gateway.pull") && collector.Received("traces", "gateway.convert") && collector.Received("traces", "gateway.deliver")
            && collector.Received("metrics", "gateway.delivery.latency")))
        {
            Assert.False(gateway.HasExited, "gateway stopped by itself:\n" + Log());
            await Task.Delay(250, timeout.Token);
        }
    }

    /// <summary>A pattern for one sample of <paramref name="name"/> carrying every one of <paramref name="labels"/>, in any order.</summary>
    private static string Series(string name, params string[] labels) =>
        System.Text.RegularExpressions.Regex.Escape(name) + "\\{" + string.Concat(labels.Select(l => $"(?=[^}}]*{System.Text.RegularExpressions.Regex.Escape(l)})")) + "[^}]*\\}";

    /// <summary>The scrape once it matches every pattern (the ledger's gauges read at most every few seconds), or the last one after 30 seconds.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient http, IReadOnlyList<string> patterns)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var text = await http.GetStringAsync("metrics");
            if (patterns.All(p => System.Text.RegularExpressions.Regex.IsMatch(text, p)) || DateTime.UtcNow > deadline)
            {
                return text;
            }
            await Task.Delay(500);
        }
    }

    private static async Task<bool> DeliveredAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.PullRuns.AnyAsync(r => r.Status == PullStatus.Succeeded)
            && await context.LedgerMessages.AnyAsync(m => m.State == LedgerState.Delivered);
    }

    private string Log() => File.Exists(Path.Combine(_directory, "gateway.log")) ? string.Join("\n", File.ReadLines(Path.Combine(_directory, "gateway.log")).TakeLast(40)) : "(no log)";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

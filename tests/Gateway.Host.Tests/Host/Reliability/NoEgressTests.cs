using System.Diagnostics;
using System.Text.RegularExpressions;
using Afas.Simulator.Hosting;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Reliability;

/// <summary>
/// `gateway run` is traced (strace, every connect of every thread) from start through a scheduled AFAS pull, a
/// conversion and a delivery, then for five and a half minutes more (past MassTransit's usage report, due five minutes
/// after the bus started when it is on), to a graceful stop: it connects only to what its configuration names (here:
/// loopback), never to a library vendor, a DNS server or any other outside host.
/// </summary>
public sealed partial class NoEgressTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-egress-" + Guid.NewGuid().ToString("N"))).FullName;

    [RequiresStraceFact]
    public async Task The_service_connects_only_to_configured_loopback_endpoints()
    {
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 10, Seed = 3, StartDate = DateOnly.FromDateTime(DateTime.Today) });
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        var config = await SimulatorRunConfig.WriteAsync(_directory, database, simulator);
        var trace = Path.Combine(_directory, "connect.trace");
        var info = new ProcessStartInfo("strace", ["-f", "-qq", "-e", "trace=connect", "-o", trace, Path.Combine(AppContext.BaseDirectory, "gateway"), "run", "--config", config])
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Gateway__Health__Urls"] = $"http://127.0.0.1:{FreePort.Next()}";
        var started = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
            while (!await PulledAsync(database))
            {
                Assert.False(process.HasExited, "gateway stopped by itself");
                await Task.Delay(500, timeout.Token);
            }
            // stay up past the moment a library reports by itself after start: MassTransit sends its usage telemetry
            // ReportDelay (5 minutes by default) after the bus started — not at a graceful stop — so a shorter trace
            // would miss exactly the call this test is about. The bus started before the pull ran.
            var pulled = started.Elapsed;
            while (started.Elapsed < pulled + LibraryReportDelay + TimeSpan.FromSeconds(30))
            {
                Assert.False(process.HasExited, "gateway stopped by itself");
                await Task.Delay(1000);
            }
        }
        finally
        {
            // SIGTERM to the traced gateway (strace's child): a graceful stop, so reporting at shutdown would show up too
            foreach (var child in ChildPids(process.Id))
            {
                using var kill = Process.Start("kill", ["-TERM", child.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
            }
            using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                await process.WaitForExitAsync(stop.Token);
            }
        }

        var connects = (await File.ReadAllLinesAsync(trace)).Where(l => l.Contains("connect(", StringComparison.Ordinal)).ToList();
        // outside loopback, or a DNS lookup on any address (the configuration names addresses only: nothing to look up)
        var outside = connects.Where(l => Address().Match(l) is { Success: true } m
            && (!IsLoopback(m.Groups["ip"].Value) || l.Contains("htons(53)", StringComparison.Ordinal))).ToList();
        Assert.Contains(connects, l => l.Contains($"htons({simulator.BaseUrl.Port})", StringComparison.Ordinal));
        Assert.True(outside.Count == 0, "connections outside loopback:\n" + string.Join('\n', outside));
    }

    /// <summary>MassTransit's <c>UsageTelemetryOptions.ReportDelay</c> default (8.5: five minutes after the bus started).</summary>
    private static readonly TimeSpan LibraryReportDelay = TimeSpan.FromMinutes(5);

    private static bool IsLoopback(string ip) =>
        ip.StartsWith("127.", StringComparison.Ordinal) || ip is "::1" || ip.StartsWith("::ffff:127.", StringComparison.Ordinal);

    [GeneratedRegex("inet_(?:addr|pton)\\((?:AF_INET6, )?\"(?<ip>[^\"]+)\"")]
    private static partial Regex Address();

    /// <summary>The processes strace started (the gateway).</summary>
    private static IEnumerable<int> ChildPids(int parent) =>
        File.Exists($"/proc/{parent}/task/{parent}/children")
            ? File.ReadAllText($"/proc/{parent}/task/{parent}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)
            : [];

    private async Task<bool> PulledAsync(GatewayDatabase database)
    {
        if (!File.Exists(Path.Combine(_directory, "gateway.db")))
        {
            return false;
        }
        try
        {
            await using var context = database.CreateContext();
            return await context.PullRuns.AnyAsync(r => r.Status == PullStatus.Succeeded);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false; // not migrated yet
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

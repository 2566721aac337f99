using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Reliability;

namespace Gateway.Host.Tests.Logging;

/// <summary>`gateway run` logs as its configuration says, and only so: a JSON console prints each event once (no text console besides), a File sink writes ISO timestamps with their offset.</summary>
public sealed partial class LoggingConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-logging-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task A_json_console_prints_each_event_once_and_the_file_sink_writes()
    {
        var logFile = Path.Combine(_directory, "logs", "gateway-.log");
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Gateway = new
            {
                Database = new { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" },
                SecretKeyFile = Path.Combine(_directory, "secret.key"),
            },
            Serilog = new
            {
                WriteTo = new object[]
                {
                    new { Name = "Console", Args = new { formatter = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" } },
                    new { Name = "File", Args = new { path = logFile, rollingInterval = "Day" } },
                },
            },
        }));

        using (var gateway = GatewayProcess.Start(config, _directory))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (!Directory.Exists(Path.GetDirectoryName(logFile)) || !Directory.EnumerateFiles(Path.GetDirectoryName(logFile)!).Any(f => Read(f).Contains("[INF]", StringComparison.Ordinal)))
            {
                Assert.False(gateway.HasExited, "gateway stopped: " + Read(Path.Combine(_directory, "gateway.log")));
                await Task.Delay(200, timeout.Token);
            }
        }

        var console = Read(Path.Combine(_directory, "gateway.log")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(console);
        Assert.All(console, line => Assert.StartsWith("{\"@t\":", line, StringComparison.Ordinal));
        Assert.Equal(console.Length, console.Distinct(StringComparer.Ordinal).Count());
        var file = Read(Directory.EnumerateFiles(Path.GetDirectoryName(logFile)!).Single()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(file.Where(l => l.Contains("[INF]", StringComparison.Ordinal)), line => Assert.Matches(IsoWithOffset(), line));
        // each file event was printed once on the console too
        Assert.Equal(file.Count(l => IsoWithOffset().IsMatch(l)), console.Length);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2} \[")]
    private static partial Regex IsoWithOffset();

    private static string Read(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

using Gateway.Core.Ledger;
using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Reliability;

/// <summary>
/// The gateway process is SIGKILLed at random moments while it delivers 5,000 messages over SFTP to a real sshd (500 absence cases of 10
/// messages each, created interleaved), ten times, and restarted each time. Afterwards every message is at the
/// receiver exactly once, intact, and the messages of each case arrived in creation order.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Cases = 500;
    private const int PerCase = 10;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-crash-" + Guid.NewGuid().ToString("N"));

    [RequiresSshdFact]
    public async Task Killing_the_gateway_ten_times_loses_nothing_doubles_nothing_and_keeps_case_order()
    {
        using var sshd = SshdServer.Start();
        var receiver = sshd.LocalUploadDirectory;
        var config = await WriteConfigAsync(sshd);
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        var expected = await ReliabilityLedger.SeedAsync(database, Cases, PerCase);
        var random = new Random(20261129);

        for (var round = 0; round < 10; round++)
        {
            // kill at a random moment while it is delivering: once this round has delivered something, 0-0.6 s later, so that
            // the ten rounds leave work for the final run to recover also on a fast machine (0-1.5 s once delivered all)
            var before = await ReliabilityLedger.CountAsync(database, LedgerState.Delivered);
            using var gateway = GatewayProcess.Start(config, _directory);
            using (var startup = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                while (await ReliabilityLedger.CountAsync(database, LedgerState.Delivered) == before)
                {
                    Assert.False(gateway.HasExited, $"gateway stopped by itself in round {round}:\n" + ReliabilityLedger.LogTail(_directory));
                    await Task.Delay(50, startup.Token);
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 600)));
            Assert.False(gateway.HasExited, $"gateway stopped by itself in round {round}");
            gateway.KillHard();
        }
        var deliveredBeforeFinalRun = await ReliabilityLedger.CountAsync(database, LedgerState.Delivered);
        Assert.True(deliveredBeforeFinalRun > 0, "nothing was delivered during the crash rounds:\n" + ReliabilityLedger.LogTail(_directory));
        using (var gateway = GatewayProcess.Start(config, _directory))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            while (await ReliabilityLedger.CountAsync(database, LedgerState.Delivered) < expected.Count)
            {
                await Task.Delay(200, timeout.Token);
            }
        }

        Assert.InRange(deliveredBeforeFinalRun, 1, expected.Count - 1);
        await ReliabilityLedger.AssertDeliveredOnceInOrderAsync(database, expected, receiver);
    }

    private async Task<string> WriteConfigAsync(SshdServer sshd)
    {
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, $$"""
            {
              "Gateway": {
                "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "gateway.db")}}" },
                "SecretKeyFile": "{{Path.Combine(_directory, "secret.key")}}",
                "Host": { "PollInterval": "00:00:00.200" },
                "Delivery": { "Retry": { "LeaseDuration": "00:00:01" } },
                "Accounts": { "arbo": { "Integration": "none", "Delivery": { "Kind": "SftpPush", "Sftp": {
                  "Host": "127.0.0.1", "Port": {{sshd.Port}}, "Username": "{{sshd.UserName}}", "Password": "{{sshd.Password}}",
                  "HostKey": "{{sshd.HostKeys.Replace("\n", "\\n", StringComparison.Ordinal)}}", "RemoteFolder": "{{sshd.UploadDirectory}}" } } } }
              },
              "Serilog": { "MinimumLevel": "Warning" }
            }
            """);
        return config;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

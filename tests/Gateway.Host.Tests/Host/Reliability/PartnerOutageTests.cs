using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Reliability;

/// <summary>
/// `gateway run` delivers 3,000 messages (300 cases of 10) to a real sshd whose link goes down in the middle — open
/// connections reset, new ones refused (a relay in front of the sshd) — for longer than the whole per-message retry schedule (made short by
/// configuration), with the account's Retourmelding intake polling the same server. Nothing fails for it: no
/// delivery uitval, no failed message, one alert for the account that closes by itself, one log warning, no worker
/// errors; once the partner is back every message arrives exactly once, intact, each case in creation order.
/// </summary>
public sealed class PartnerOutageTests : IDisposable
{
    private const int Cases = 300;
    private const int PerCase = 10;

    /// <summary>The whole old schedule (3 attempts, 100 ms doubling, at most 400 ms) is over in well under a second.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-outage-" + Guid.NewGuid().ToString("N"));

    [RequiresSshdFact]
    public async Task A_partner_down_longer_than_the_retry_schedule_fails_nothing_and_gets_everything_once_in_order_when_back()
    {
        using var sshd = SshdServer.Start();
        await using var link = new TcpRelay(sshd.Port);
        var receiver = sshd.LocalUploadDirectory;
        var config = await WriteConfigAsync(sshd, link.Port);
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        var expected = await ReliabilityLedger.SeedAsync(database, Cases, PerCase);

        using var gateway = GatewayProcess.Start(config, _directory);
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (await ReliabilityLedger.CountAsync(database, LedgerState.Delivered) == 0)
            {
                Assert.False(gateway.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
                await Task.Delay(20, started.Token);
            }
        }
        link.Cut();
        var queuedAtOutage = expected.Count - await ReliabilityLedger.CountAsync(database, LedgerState.Delivered);
        await Task.Delay(Outage);

        Assert.True(queuedAtOutage > 0, "everything was delivered before the partner went down");
        await using (var during = database.CreateContext())
        {
            Assert.Equal(0, await during.LedgerMessages.CountAsync(m => m.State == LedgerState.Failed));
            Assert.Empty(await during.Uitval.AsNoTracking().Where(u => u.Stage == UitvalStage.Delivery).Select(u => u.Reason).ToListAsync());
            var alert = Assert.Single(await during.Uitval.AsNoTracking().Where(u => u.Stage != UitvalStage.Delivery).ToListAsync());
            Assert.Equal((UitvalStatus.Open, "arbo", null), (alert.Status, alert.Account, alert.Integration));
        }
        Assert.False(gateway.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));

        link.Restore();
        using (var back = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            while (await ReliabilityLedger.CountAsync(database, LedgerState.Delivered) < expected.Count)
            {
                Assert.False(gateway.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
                await Task.Delay(200, back.Token);
            }
            while (await OpenAlertsAsync(database) > 0)
            {
                await Task.Delay(100, back.Token);
            }
        }
        gateway.KillHard();

        await ReliabilityLedger.AssertDeliveredOnceInOrderAsync(database, expected, receiver);
        await using var context = database.CreateContext();
        var uitval = await context.Uitval.AsNoTracking().ToListAsync();
        var closed = Assert.Single(uitval);
        Assert.NotEqual(UitvalStage.Delivery, closed.Stage);
        Assert.Equal((UitvalStatus.Resolved, "gateway"), (closed.Status, closed.ResolvedBy));
        Assert.Equal(["account.unreachable", "account.reachable"], await context.AuditLog.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        var log = await File.ReadAllLinesAsync(Path.Combine(_directory, "gateway.log"));
        Assert.Single(log, line => line.Contains("Partner of arbo unreachable", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.Contains("Worker failed for", StringComparison.Ordinal));
    }

    private async Task<string> WriteConfigAsync(SshdServer sshd, int port)
    {
        Directory.CreateDirectory(_directory);
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, $$"""
            {
              "Gateway": {
                "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "gateway.db")}}" },
                "SecretKeyFile": "{{Path.Combine(_directory, "secret.key")}}",
                "Host": { "PollInterval": "00:00:00.100", "RetourPollInterval": "00:00:00.200", "StateDirectory": "{{Path.Combine(_directory, "state")}}" },
                "Delivery": {
                  "Retry": { "MaxAttempts": 3, "BaseDelay": "00:00:00.100", "MaxDelay": "00:00:00.400" },
                  "Outage": { "FirstProbeDelay": "00:00:00.200", "MaxProbeDelay": "00:00:01" }
                },
                "Accounts": { "arbo": { "Integration": "none",
                  "Delivery": { "Kind": "SftpPush", "Sftp": {
                    "Host": "127.0.0.1", "Port": {{port}}, "Username": "{{sshd.UserName}}", "Password": "{{sshd.Password}}",
                    "HostKey": "{{sshd.HostKeys.Replace("\n", "\\n", StringComparison.Ordinal)}}", "RemoteFolder": "{{sshd.UploadDirectory}}" } },
                  "Retourmeldingen": { "Folder": "{{sshd.UploadDirectory}}", "FileFilter": "RM*.xml", "StabilityInterval": "00:00:00.100" } } }
              },
              "Serilog": { "MinimumLevel": "Warning" }
            }
            """);
        return config;
    }

    private static async Task<int> OpenAlertsAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.CountAsync(u => u.Status == UitvalStatus.Open);
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

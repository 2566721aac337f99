using System.Net;
using Gateway.Host.Hosting;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Tests.Health;

/// <summary>
/// The health listener of a running gateway (admin UI off) against real servers: <c>/healthz</c> answers while the
/// process lives; <c>/readyz</c> is green while the database and the SFTP-push account's OpenSSH server (pinned key)
/// answer, red naming the account while that server is down and green again once it is back on the same port; red
/// while the PostgreSQL server is down and green again after it is back; red naming a receiving account's import folder
/// that is missing, and green again once the folder is there.
/// </summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-health-" + Guid.NewGuid().ToString("N"))).FullName;

    [RequiresSshdFact]
    public async Task Readiness_follows_the_sftp_server_down_and_up_and_liveness_stays_up()
    {
        using var sshd = SshdServer.Start();
        var port = FreePort.Next();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "gateway.db")}",
            ["Gateway:SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
            ["Gateway:Host:StateDirectory"] = Path.Combine(_directory, "state"),
            ["Gateway:Health:Urls"] = $"http://127.0.0.1:{port}",
            ["Gateway:Accounts:arbo:Integration"] = "none",
            ["Gateway:Accounts:arbo:Delivery:Kind"] = "SftpPush",
            ["Gateway:Accounts:arbo:Delivery:Sftp:Host"] = sshd.Host,
            ["Gateway:Accounts:arbo:Delivery:Sftp:Port"] = sshd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:Accounts:arbo:Delivery:Sftp:Username"] = sshd.UserName,
            ["Gateway:Accounts:arbo:Delivery:Sftp:Password"] = sshd.Password,
            ["Gateway:Accounts:arbo:Delivery:Sftp:HostKey"] = sshd.HostFingerprintEd25519,
            ["Gateway:Accounts:arbo:Delivery:Sftp:RemoteFolder"] = sshd.UploadDirectory,
        }).Build();
        using var host = await GatewayServiceHost.BuildAsync(configuration, default);
        using var run = new CancellationTokenSource();
        var running = GatewayServiceHost.RunAsync(host, run.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            var ready = await WaitForAsync(http, HttpStatusCode.OK);
            Assert.Contains("\"sftp\"", ready, StringComparison.Ordinal);
            Assert.Contains("\"database\"", ready, StringComparison.Ordinal);
            Assert.Contains("masstransit-bus", ready, StringComparison.Ordinal);

            Assert.Contains("\"workers\"", ready, StringComparison.Ordinal);
            Assert.Contains("\"pulls\"", ready, StringComparison.Ordinal);

            await sshd.PauseAsync();
            var notReady = await WaitForAsync(http, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("not reachable: arbo", notReady, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("healthz")).StatusCode);

            await sshd.ResumeAsync();
            var readyAgain = await WaitForAsync(http, HttpStatusCode.OK);
            Assert.Contains("1 SFTP account(s) reachable", readyAgain, StringComparison.Ordinal);
        }
        finally
        {
            await run.CancelAsync();
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [RequiresPostgresFact]
    public async Task Readiness_follows_the_database_down_and_up()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            var database = await postgres.CreateEmptyDatabaseAsync();
            var port = FreePort.Next();
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:Database:Provider"] = "Postgres",
                ["Gateway:Database:ConnectionString"] = database.ConnectionString,
                ["Gateway:SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
                ["Gateway:Host:StateDirectory"] = Path.Combine(_directory, "state"),
                ["Gateway:Health:Urls"] = $"http://127.0.0.1:{port}",
            }).Build();
            using var host = await GatewayServiceHost.BuildAsync(configuration, default);
            using var run = new CancellationTokenSource();
            var running = GatewayServiceHost.RunAsync(host, run.Token);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            try
            {
                await WaitForAsync(http, HttpStatusCode.OK);

                await postgres.PauseAsync();
                var notReady = await WaitForAsync(http, HttpStatusCode.ServiceUnavailable);
                Assert.Contains("Postgres does not answer", notReady, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("healthz")).StatusCode);

                await postgres.ResumeAsync();
                var readyAgain = await WaitForAsync(http, HttpStatusCode.OK);
                Assert.Contains("Postgres answers", readyAgain, StringComparison.Ordinal);
            }
            finally
            {
                await run.CancelAsync();
                await running.ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    [Fact]
    public async Task Readiness_names_a_receiving_import_folder_that_is_missing_and_is_green_again_once_it_is_there()
    {
        var port = FreePort.Next();
        var chroot = Path.Combine(_directory, "hosted", "acmein");
        Directory.CreateDirectory(Path.Combine(chroot, "inbox"));
        Directory.CreateDirectory(Path.Combine(chroot, "retour"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "gateway.db")}",
            ["Gateway:SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
            ["Gateway:Host:StateDirectory"] = Path.Combine(_directory, "state"),
            ["Gateway:Host:RetourPollInterval"] = "00:00:00.300",
            ["Gateway:Health:Urls"] = $"http://127.0.0.1:{port}",
            ["Gateway:HostedSftp:ChrootRoot"] = Path.Combine(_directory, "hosted"),
            ["Gateway:ReceivingAccounts:acme:Kind"] = "HostedSftp",
            ["Gateway:ReceivingAccounts:acme:Transport:UserName"] = "acmein",
            ["Gateway:ReceivingAccounts:acme:Transport:RetourmeldingFolder"] = "/retour",
            ["Gateway:ReceivingAccounts:acme:AuthorisedEmployers:0"] = "WG-0001",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:MessageType"] = "Verzuimmeldingen",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Release"] = "2025",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Folder"] = "/inbox",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:0:FileFilter"] = "VZ*.xml",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:1:MessageType"] = "Verzuimmeldingen",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:1:Release"] = "2025",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:1:Folder"] = "/sivi",
            ["Gateway:ReceivingAccounts:acme:ImportConfigurations:1:FileFilter"] = "VZ*.xml",
        }).Build();
        using var host = await GatewayServiceHost.BuildAsync(configuration, default);
        using var run = new CancellationTokenSource();
        var running = GatewayServiceHost.RunAsync(host, run.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            var notReady = await WaitForAsync(http, HttpStatusCode.ServiceUnavailable);
            Assert.Contains("failing: acme/sivi", notReady, StringComparison.Ordinal);
            Assert.DoesNotContain("acme/inbox", notReady, StringComparison.Ordinal); // the account's other folder works
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("healthz")).StatusCode);

            Directory.CreateDirectory(Path.Combine(chroot, "sivi"));
            var readyAgain = await WaitForAsync(http, HttpStatusCode.OK);
            Assert.Contains("3 receiving step(s) of 1 account(s) working", readyAgain, StringComparison.Ordinal);
        }
        finally
        {
            await run.CancelAsync();
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>The readiness answer once it has the expected status (the checks run on each request).</summary>
    private static async Task<string> WaitForAsync(HttpClient http, HttpStatusCode expected)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var last = "";
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                var response = await http.GetAsync("readyz", deadline.Token);
                last = await response.Content.ReadAsStringAsync(deadline.Token);
                if (response.StatusCode == expected)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200, CancellationToken.None);
        }
        throw new TimeoutException($"/readyz never answered {expected}; last: {last}");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

using System.Diagnostics;
using System.Text;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Reliability;
using Gateway.Outbound.Ledger;
using Gateway.Transport.Hosted;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Files;

/// <summary>
/// What the real `gateway` process creates is its user's alone — database, configuration the demo writes, staging,
/// files delivered into a folder — while files in a hosted outbox stay readable by the partner's login, which still
/// collects them through the real sshd.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PrivateFileTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Shared = Private | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-modes-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task The_demo_writes_its_configuration_database_and_delivered_files_for_its_user_only()
    {
        var work = Path.Combine(_directory, "demo");
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "gateway"), ["demo", "--no-serve", "--employees", "10", "--work", work])
        {
            WorkingDirectory = _directory, // not the checkout: the demo delivers into a folder account
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var demo = Process.Start(info)!;
        var output = demo.StandardOutput.ReadToEndAsync();
        var error = demo.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await demo.WaitForExitAsync(timeout.Token);
        }
        Assert.True(demo.ExitCode == 0, await output + await error);

        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(work, "gateway.json")));
        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(work, "gateway.db")));
        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(work, "secret.key")));
        var outbox = Path.Combine(work, "outbox");
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(outbox));
        var delivered = Directory.GetFiles(outbox);
        Assert.NotEmpty(delivered);
        Assert.All(delivered, file => Assert.Equal(Private, File.GetUnixFileMode(file)));
        Assert.All(Directory.GetFiles(work, "gateway.db*"), file => Assert.Equal(Private, File.GetUnixFileMode(file)));
    }

    [RequiresSshdFact]
    public async Task The_service_keeps_its_files_private_and_the_hosted_partner_still_collects_its_outbox_through_sshd()
    {
        using var sshd = SshdServer.Start();
        var user = $"gwm{sshd.Port}";
        await File.AppendAllTextAsync(Path.Combine(sshd.RunDirectory, "extra-users"), user + "\n"); // stop-sshd.sh removes it
        var hosted = new HostedSftpOptions
        {
            ChrootRoot = Path.Combine(sshd.RunDirectory, "hosted"),
            AuthorizedKeysDirectory = Path.Combine(sshd.RunDirectory, "hosted-keys"),
            SshdConfigFragmentPath = Path.Combine(sshd.RunDirectory, "hosted-sftp.conf"),
        };
        var plan = new HostedSftpProvisioner(hosted).CreatePlan([new HostedSftpAccount("Pull Arbo", user, [(await File.ReadAllTextAsync(sshd.KeyEcdsa + ".pub")).Trim()])]);
        await new HostedSftpPlanApplier().ApplyAsync(plan);
        var layout = Assert.Single(plan.Accounts);
        var port = FreePort.Next();
        await using var server = await HostedSshd.StartAsync(HostedSshd.WriteMainConfig(sshd, port, hosted.SshdConfigFragmentPath), port, Path.Combine(sshd.RunDirectory, "hosted-sshd.log"));
        var folder = Path.Combine(_directory, "folder-out");
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "var", "gateway.db")}" });
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, $$"""
            {
              "Gateway": {
                "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "var", "gateway.db")}}" },
                "SecretKeyFile": "{{Path.Combine(_directory, "var", "secret.key")}}",
                "Host": { "PollInterval": "00:00:00.200", "RetourPollInterval": "00:00:00.200", "StateDirectory": "{{Path.Combine(_directory, "var", "state")}}" },
                "HostedSftp": { "ChrootRoot": "{{hosted.ChrootRoot}}" },
                "Accounts": {
                  "folder": { "Integration": "none", "Delivery": { "Kind": "Folder", "Folder": "{{folder}}" } },
                  "pull": { "Integration": "none", "Delivery": { "Kind": "Hosted", "Hosted": { "SystemUser": "{{user}}" } },
                            "Retourmeldingen": { "Folder": "/inbox", "FileFilter": "RM*.xml", "StabilityInterval": "00:00:00.100" } }
                }
              },
              "Serilog": { "MinimumLevel": "Warning" }
            }
            """);

        using (var gateway = GatewayProcess.Start(config, _directory))
        {
            // the service creates and migrates the database; the messages are added once its tables are there
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var seeded = false;
            while (!seeded || !await DeliveredAsync(database, 4))
            {
                Assert.False(gateway.HasExited, "gateway stopped by itself");
                await Task.Delay(100, timeout.Token);
                seeded = seeded || (File.Exists(Path.Combine(_directory, "var", "gateway.db")) && await TrySeedAsync(database));
            }
            while (!Directory.Exists(Path.Combine(_directory, "var", "state", "retour", "pull", "staging")))
            {
                await Task.Delay(100, timeout.Token);
            }
        }

        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(_directory, "var", "gateway.db")));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.Combine(_directory, "var")));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.Combine(_directory, "var", "state")));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(Path.Combine(_directory, "var", "state", "retour", "pull", "staging")));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
        Assert.All(Directory.GetFiles(folder), file => Assert.Equal(Private, File.GetUnixFileMode(file)));
        var outboxFiles = Directory.GetFiles(layout.OutboxDirectory);
        Assert.Equal(2, outboxFiles.Length);
        Assert.All(outboxFiles, file => Assert.Equal(Shared, File.GetUnixFileMode(file)));

        // the partner's login (not root: the outbox's group) collects both through the real sshd
        await using var partner = await new SftpClient().ConnectAsync(new SftpConnectionSettings
        {
            Host = "127.0.0.1",
            Port = port,
            UserName = user,
            Credential = SftpPrivateKeyCredential.FromFile(sshd.KeyEcdsa),
            HostKey = sshd.Pin,
        });
        foreach (var file in outboxFiles.Select(Path.GetFileName))
        {
            using var collected = new MemoryStream();
            await partner.DownloadAsync($"/outbox/{file}", collected);
            await partner.DeleteAsync($"/outbox/{file}");
            Assert.Equal($"<Verzuimmeldingen name=\"{file}\"/>", Encoding.UTF8.GetString(collected.ToArray()));
        }
        Assert.Empty(Directory.GetFiles(layout.OutboxDirectory));
    }

    /// <summary>Two messages per account; false while the service has not finished creating its tables.</summary>
    private static async Task<bool> TrySeedAsync(GatewayDatabase database)
    {
        try
        {
            await using var context = database.CreateContext();
            foreach (var account in new[] { "folder", "pull" })
            {
                for (var i = 1; i <= 2; i++)
                {
                    var name = $"VZ_{account}-{i}.xml";
                    await LedgerWriter.AddAsync(context, new NewLedgerMessage(account, "Verzuimmeldingen", "2025", $"{account}-case", $"{account}-{i}", name,
                        Encoding.UTF8.GetBytes($"<Verzuimmeldingen name=\"{name}\"/>")), DateTime.UtcNow, default);
                }
            }
            await context.SaveChangesAsync();
            return true;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or DbUpdateException)
        {
            return false;
        }
    }

    private static async Task<bool> DeliveredAsync(GatewayDatabase database, int count)
    {
        try
        {
            await using var context = database.CreateContext();
            return await context.LedgerMessages.CountAsync(m => m.State == LedgerState.Delivered) == count;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
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

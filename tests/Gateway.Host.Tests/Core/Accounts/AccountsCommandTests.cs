using System.Text;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Accounts;

/// <summary><c>gateway accounts list|show|block|restart</c> against a configured database, for accounts of both roles.</summary>
public sealed class AccountsCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-accounts-" + Guid.NewGuid().ToString("N"));
    private string _config = "";
    private GatewayDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _config = Path.Combine(_directory, "gateway.json");
        var db = Path.Combine(_directory, "gateway.db");
        await File.WriteAllTextAsync(_config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{db}}" },
              "Accounts": { "arbo": { "Delivery": { "Kind": "Folder", "Folder": "{{_directory}}/out" } } },
              "HostedSftp": { "ChrootRoot": "{{_directory}}/chroot" },
              "ReceivingAccounts": { "acme": { "Kind": "HostedSftp", "Transport": { "UserName": "gw-acme", "RetourmeldingFolder": "outbox" },
                "AuthorisedEmployers": [ "WG-0001" ],
                "ImportConfigurations": [ { "MessageType": "Verzuimmeldingen", "Release": "2024", "Folder": "inbox", "FileFilter": "VZ*.xml" } ] } } } }
            """);
        _database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        await _database.MigrateAsync(default);
    }

    [Fact]
    public async Task Block_shows_held_messages_and_restart_with_discard_audits_each_one()
    {
        Assert.Equal(0, (await RunAsync("accounts", "block", "arbo", "--reason", "start-up procedure", "--user", "fb", "--config", _config)).Exit);
        await AddAsync("A-1");
        await AddAsync("A-2");

        var (_, list, _) = await RunAsync("accounts", "list", "--json", "--config", _config);
        var status = System.Text.Json.JsonDocument.Parse(list.Split('\n')[1].Trim()).RootElement;
        Assert.Equal(("arbo", "sending"), (status.GetProperty("account").GetString(), status.GetProperty("role").GetString()));
        Assert.True(status.GetProperty("blocked").GetBoolean());
        Assert.Equal(2, status.GetProperty("held").GetInt32());

        var (exit, output, _) = await RunAsync("accounts", "restart", "arbo", "--pending", "Discard", "--user", "fb", "--config", _config);
        Assert.Equal(0, exit);
        Assert.Contains("2 held messages discarded", output, StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        var audit = await context.AuditLog.OrderBy(a => a.Id).Select(a => new { a.User, a.Action, a.Target }).ToListAsync();
        Assert.Equal(["account.block", "message.discard", "message.discard", "account.restart.discard"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("fb", a.User));
    }

    [Fact]
    public async Task A_receiving_account_starts_blocked_holds_its_files_and_a_restart_with_discard_answers_and_audits_them()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "chroot", "gw-acme", "inbox")).FullName;
        var message = Gateway.Receiving.Tests.Support.ReceivingMessages.Absence("CASE-1", 1);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "VZ_1.xml"), Gateway.Receiving.Tests.Support.ReceivingMessages.Bytes(message));

        var received = await RunAsync("receive", "--once", "--config", _config);
        var (_, list, _) = await RunAsync("accounts", "list", "--config", _config);
        var (_, json, _) = await RunAsync("accounts", "list", "--json", "--config", _config);
        var restart = await RunAsync("accounts", "restart", "acme", "--pending", "discard", "--reason", "test batch", "--user", "fb", "--config", _config);
        var answered = await RunAsync("receive", "--once", "--config", _config);
        var show = await RunAsync("accounts", "show", "acme", "--config", _config);
        var files = await RunAsync("receiving", "files", "--account", "acme", "--state", "discarded", "--json", "--config", _config);
        var retours = await RunAsync("receiving", "retourmeldingen", "--config", _config);
        var reports = await RunAsync("receiving", "reports", "--account", "acme", "--config", _config);

        Assert.Contains("acme: 1 files — 0 processed, 0 refused, 1 held", received.Output, StringComparison.Ordinal);
        Assert.Matches(@"acme\s+receiving\s+BLOCKED\s+1\s+waiting 0, processed 0, refused 0, discarded 0", list);
        Assert.Matches(@"arbo\s+sending\s+active\s+0\s+queued 0, delivered 0, failed 0", list);
        var acme = System.Text.Json.JsonDocument.Parse(json.Split('\n')[0].Trim()).RootElement;
        Assert.Equal(("acme", "receiving", true, 1), (acme.GetProperty("account").GetString(), acme.GetProperty("role").GetString(),
            acme.GetProperty("blocked").GetBoolean(), acme.GetProperty("held").GetInt32()));
        Assert.True(restart.Exit == 0, restart.Error);
        Assert.Contains("acme restarted; 1 held files discarded", restart.Output, StringComparison.Ordinal);
        Assert.True(answered.Exit == 0, answered.Error);
        var retour = Assert.Single(Directory.GetFiles(Path.Combine(_directory, "chroot", "gw-acme", "outbox"), "RM_*.xml"));
        Assert.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", await File.ReadAllTextAsync(retour), StringComparison.Ordinal);
        Assert.Contains("acme (receiving): active since", show.Output, StringComparison.Ordinal);
        Assert.Contains("held 0, waiting 0, processed 0, refused 0, discarded 1", show.Output, StringComparison.Ordinal);
        Assert.Contains($"fb message.discard acme/{message.BrAlg!.Berrefnr} test batch", show.Output, StringComparison.Ordinal);
        Assert.Contains($"VZ_1.xml Discarded Berrefnr {message.BrAlg.Berrefnr}", show.Output, StringComparison.Ordinal);
        var file = System.Text.Json.JsonDocument.Parse(Assert.Single(files.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal(("Discarded", message.BrAlg.Berrefnr, "03"), (file.GetProperty("state").GetString(), file.GetProperty("berrefnr").GetString(),
            file.GetProperty("retourmeldingCode").GetString()));
        Assert.Matches($@"03 answers {message.BrAlg.Berrefnr} \(file \d+\) delivered ", retours.Output);
        Assert.Contains("1 in all", retours.Output, StringComparison.Ordinal);
        Assert.Contains("acme: 1 files — 0 processed, 0 refused, 1 held, 0 waiting; 0 intake problems", reports.Output, StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        Assert.Equal(["message.discard", "account.restart.discard"], await context.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Issue_key_writes_the_encrypted_private_key_0600_shows_the_passphrase_once_and_provision_authorises_the_public_key()
    {
        var keyFile = Path.Combine(_directory, "acme.key");

        var issued = await RunAsync("sftp-accounts", "issue-key", "--account", "acme", "--out", keyFile, "--user", "fb", "--reason", "new partner", "--config", _config);
        var again = await RunAsync("sftp-accounts", "issue-key", "--account", "acme", "--out", keyFile, "--config", _config);
        var sending = await RunAsync("sftp-accounts", "issue-key", "--account", "arbo", "--out", keyFile + "2", "--config", _config);
        var provision = await RunAsync("sftp-accounts", "provision", "--config", _config);

        Assert.True(issued.Exit == 0, issued.Error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----", await File.ReadAllTextAsync(keyFile), StringComparison.Ordinal);
        var passphrase = System.Text.RegularExpressions.Regex.Match(issued.Output, "passphrase \\(shown once, not stored\\): (\\S+)").Groups[1].Value;
        Assert.Equal(32, passphrase.Length);
        Assert.Matches("issued the key of acme: user gw-acme, SHA256:", issued.Output);
        Assert.Equal(2, again.Exit);
        Assert.Contains("exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(2, sending.Exit);
        Assert.Contains("receiving account 'arbo' is not configured", sending.Error, StringComparison.Ordinal);
        Assert.True(provision.Exit == 0, provision.Error);
        Assert.Contains("restrict ssh-ed25519 ", provision.Output, StringComparison.Ordinal);
        Assert.Contains("gw-acme@gateway", provision.Output, StringComparison.Ordinal);
        Assert.Contains($"{_directory}/chroot/gw-acme/inbox", provision.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, provision.Output, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.DoesNotContain(passphrase, Encoding.ASCII.GetString(await File.ReadAllBytesAsync(Path.Combine(_directory, "gateway.db"))), StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        var audit = Assert.Single(await context.AuditLog.ToListAsync());
        Assert.Equal(("fb", "account.key.issue", "acme"), (audit.User, audit.Action, audit.Target));
    }

    [Fact]
    public async Task An_unknown_account_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("accounts", "block", "nobody", "--config", _config);
        Assert.Equal(2, exit);
        Assert.Contains("account 'nobody' is not configured", error, StringComparison.Ordinal);
    }

    private async Task AddAsync(string berrefnr)
    {
        await using var context = _database.CreateContext();
        await LedgerWriter.AddAsync(context, new NewLedgerMessage("arbo", "Verzuimmeldingen", "2025", "A", berrefnr, $"VZ_{berrefnr}.xml", Encoding.UTF8.GetBytes("<x/>")), DateTime.UtcNow, default);
        await context.SaveChangesAsync();
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => GatewayCliRunner.RunAsync(args);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

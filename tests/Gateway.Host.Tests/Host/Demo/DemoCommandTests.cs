using System.CommandLine;
using System.Text.RegularExpressions;
using Gateway.Core.Incoming;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Host.Cli;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Demo;

/// <summary>The README's first command: the whole product against the simulator (one run, checked from every side); and its sample-only variant.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_runs_the_product_end_to_end_gives_every_admin_page_something_to_show_and_keeps_its_data_and_files_after_it_stops()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await GatewayCli.Build().Parse(["demo", "--no-serve", "--employees", "60", "--work", _directory])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        var text = output.ToString();
        Assert.True(exitCode == 0, text + error);
        Assert.Contains("Delivery: ", text, StringComparison.Ordinal);
        var receiver = Regex.Match(text, @"At the receiver \((.+)\): (\d+) files, (\d+) valid, 0 invalid");
        Assert.True(receiver.Success, text);
        Assert.True(Number(receiver.Groups[2]) > 60, text);
        Assert.Equal(receiver.Groups[2].Value, receiver.Groups[3].Value);
        Assert.True(File.Exists(Path.Combine(_directory, "gateway.json")));
        // the second role takes in what the first delivered: held, restarted, processed, answered, one held again
        var held = Regex.Match(text, @"Receiving account arbodienst-in \(hosted, partner folder .+\): (\d+) files arrived while it starts blocked, \1 held");
        Assert.True(held.Success, text);
        Assert.Matches(@"restarted with process: \d+ processed, 1 refused", text);
        Assert.Matches(@"a file sent twice: 1 refused — Een bericht met berichtreferentie \S+ is al eerder ontvangen", text);
        var end = Regex.Match(text, @"blocked again with 1 file held; (\d+) Retourmeldingen in ");
        Assert.True(end.Success, text);
        Assert.True(Number(end.Groups[1]) > 1, text);
        Assert.Contains("\"ReceivingAccounts\"", await File.ReadAllTextAsync(Path.Combine(_directory, "gateway.json")), StringComparison.Ordinal);

        // what it says at start: the UI, a key per role, where the data lives, how it stops
        Assert.Matches(@"admin key: +demo-admin-[0-9a-f]{24} ", text);
        var auditorKey = Regex.Match(text, @"auditor key: (demo-auditor-[0-9a-f]{24}) +\(role Auditor: read-only, BSN, IBAN, names and addresses masked\)");
        Assert.True(auditorKey.Success, text);
        Assert.Contains($"Data:        {_directory} (database gateway.db", text, StringComparison.Ordinal);
        Assert.Contains("kept when the demo stops", text, StringComparison.Ordinal);
        var configuration = await File.ReadAllTextAsync(Path.Combine(_directory, "gateway.json"));
        Assert.Contains(auditorKey.Groups[1].Value, configuration, StringComparison.Ordinal);

        var database = new GatewayDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")};Pooling=False" });
        await using var context = database.CreateContext();
        // uitval: the employer mapped without its loonheffingennummer
        var unmapped = Regex.Match(text, @"The mapping of employer (\S+) lacks its loonheffingennummer");
        Assert.True(unmapped.Success, text);
        var lhnr = await context.Uitval.Where(u => u.Stage == UitvalStage.Transformation && u.Status == UitvalStatus.Open).Select(u => u.Reason).ToListAsync();
        Assert.NotEmpty(lhnr);
        Assert.All(lhnr, reason => Assert.Contains($"employer {unmapped.Groups[1].Value}", reason, StringComparison.Ordinal));

        // a rejected Retourmelding: the ziekmelding lost on the way, the next message of its case refused by the partner
        var lost = Regex.Match(text, @"ziekmelding (VZ_\S+\.xml) gets lost");
        Assert.True(lost.Success, text);
        Assert.Matches(@"Retourmeldingen back at arbo-demo \(folder .+\): \d+ read — \d+ acknowledged, 1 rejected", text);
        var rejected = await context.LedgerMessages.SingleAsync(m => m.State == LedgerState.Rejected);
        Assert.Contains("onbekend bij de ontvanger", rejected.LastError, StringComparison.Ordinal);
        Assert.Equal(LedgerState.Delivered, (await context.LedgerMessages.SingleAsync(m => m.FileName == lost.Groups[1].Value)).State);
        Assert.True(await context.LedgerMessages.CountAsync(m => m.State == LedgerState.Acknowledged) > 60);
        Assert.Contains(await context.Uitval.Where(u => u.Stage == UitvalStage.Delivery).Select(u => u.Reason).ToListAsync(),
            reason => reason.StartsWith(rejected.FileName + " rejected by the receiver", StringComparison.Ordinal));

        // accounts blocked and restarted, audited: the sending account for a maintenance window, the receiving one at start-up
        var audit = await context.AuditLog.OrderBy(a => a.Id).Select(a => a.Action + " " + a.Target).ToListAsync();
        Assert.Equal(["account.block arbo-demo", "account.restart.process arbo-demo"], audit.Where(a => a.EndsWith(" arbo-demo", StringComparison.Ordinal)));
        Assert.Equal(["account.restart.process arbodienst-in", "account.block arbodienst-in"], audit.Where(a => a.EndsWith(" arbodienst-in", StringComparison.Ordinal)));
        Assert.Matches(@"arbo-demo blocked \(maintenance window\): 2 Retourmeldingen held; restarted with process: 2 delivered", text);

        // the document: a PDF from the partner, a dossier item in the simulator with the same bytes, kept in the work folder
        var dossier = Regex.Match(text, @"AFAS dossier item (\d+) of employee 1001 in the simulator: probleemanalyse-demo\.pdf, (\d+) bytes, the same bytes as sent");
        Assert.True(dossier.Success, text);
        var item = await context.IncomingItems.SingleAsync(i => i.Kind == IncomingItemKind.Document);
        Assert.Equal((DossierState.Delivered, dossier.Groups[1].Value, "1001"), (item.DossierState, item.AfasSubjectId, item.EmployeeId));
        var copy = await File.ReadAllBytesAsync(Path.Combine(_directory, "afas-dossier", $"{dossier.Groups[1].Value}-probleemanalyse-demo.pdf"));
        Assert.Equal(Number(dossier.Groups[2]), copy.Length);
        Assert.Equal(item.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy)));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(copy, 0, 5), StringComparison.Ordinal);
        Assert.Equal(1, await context.IncomingItems.CountAsync(i => i.Kind == IncomingItemKind.Afspraak));

        // the delivered files stay after the demo stopped (the sshd's folder, if it used one, is gone)
        var kept = Regex.Match(text, @"Delivered files: (.+) \((\d+) files; kept after the demo stops\)");
        Assert.True(kept.Success, text);
        Assert.StartsWith(_directory, kept.Groups[1].Value, StringComparison.Ordinal);
        var files = Directory.GetFiles(kept.Groups[1].Value, "*.xml");
        Assert.True(files.Length >= Number(receiver.Groups[2]), text);
        Assert.Equal(Number(kept.Groups[2]), files.Length);
        if (!receiver.Groups[1].Value.StartsWith(_directory, StringComparison.Ordinal))
        {
            Assert.False(Directory.Exists(receiver.Groups[1].Value));
        }
        Assert.True(new FileInfo(Path.Combine(_directory, "gateway.db")).Length > 0);

        // after the demo a new user works on its receiving account with its configuration: the held file, a restart
        var config = Path.Combine(_directory, "gateway.json");
        var (heldExit, heldFiles, heldError) = await GatewayCliRunner.RunAsync("receiving", "files", "--account", "arbodienst-in", "--state", "held", "--json", "--config", config);
        Assert.True(heldExit == 0, heldError);
        var heldFile = Assert.Single(heldFiles.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith('{'));
        Assert.Contains("\"state\":\"Held\"", heldFile, StringComparison.Ordinal);
        var (restartExit, restarted, restartError) = await GatewayCliRunner.RunAsync("accounts", "restart", "arbodienst-in", "--pending", "discard",
            "--reason", "demo tried", "--user", "new-user", "--config", config);
        Assert.True(restartExit == 0, restartError);
        Assert.Contains("arbodienst-in restarted; 1 held files discarded", restarted, StringComparison.Ordinal);
        var (_, discarded, _) = await GatewayCliRunner.RunAsync("receiving", "files", "--account", "arbodienst-in", "--state", "discarded", "--json", "--config", config);
        Assert.Single(discarded.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith('{'));
        await using var after = database.CreateContext();
        Assert.Equal("account.restart.discard", await after.AuditLog.Where(a => a.Target == "arbodienst-in").OrderBy(a => a.Id).Select(a => a.Action).LastAsync());
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Demo_samples_writes_and_validates_every_sample()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = GatewayCli.Build().Parse(["demo", "--samples", _directory]);
        Assert.Empty(parse.Errors);

        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exitCode);
        var files = Directory.GetFiles(_directory, "*.xml", SearchOption.AllDirectories);
        Assert.Equal(20, files.Length);
        Assert.Equal(4, files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Distinct().Count());
        Assert.Contains("20 files: 20 valid, 0 invalid", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, files.Count(f => Path.GetFileName(f).StartsWith("VZ_", StringComparison.Ordinal)));
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

using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Files;
using Gateway.Transport.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Receiving.Tests;

/// <summary>
/// A hostile or careless partner against the receiving role's intake (a hosted inbox on the local disk, as the
/// service reads it): names that climb out, dot files, a missing import folder and an oversized file neither lose
/// anything nor stop the account's other folders and its Retourmeldingen.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class HostileIntakeTests(PostgresServer postgres) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-hostile-intake-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private string Chroot => Path.Combine(_root, "chroot");

    private string Inbox => Path.Combine(Chroot, "inbox");

    private string Retour => Path.Combine(Chroot, "retour");

    private string State => Path.Combine(_root, "state");

    [Fact]
    public async Task A_listed_name_that_climbs_out_writes_nothing_outside_the_state_folder_and_is_left_at_the_partner()
    {
        await using var harness = await HarnessAsync(Imports(("/inbox", "*.xml")));
        await WriteAsync("VZ_1.xml", "CASE-1");
        var lying = Lying(name => "../../../../outside.xml");

        var run = await Intake(harness).RunAsync(harness.Account, _ => Task.FromResult<ITransferFileSystem>(lying), default);

        Assert.False(File.Exists(Path.Combine(_root, "outside.xml")));
        Assert.Equal(["VZ_1.xml"], Directory.GetFiles(Inbox).Select(Path.GetFileName));
        Assert.Empty(run.Outcomes);
        var problem = Assert.Single(run.Problems);
        Assert.Equal(("inbox", "\"../../../../outside.xml\"", "has a name that contains a folder separator", true),
            (problem.Folder, problem.ShownName, problem.Reason, problem.IsNew));
        var uitval = Assert.Single(await OpenUitvalAsync(harness));
        Assert.Equal(("acme", null, IntakeProblemRecorder.Connector, "inbox/\"../../../../outside.xml\""), (uitval.Account, uitval.Integration, uitval.Connector, uitval.RecordKey));
    }

    [Fact]
    public async Task A_dot_file_matching_the_filter_is_left_alone_at_the_partner()
    {
        await using var harness = await HarnessAsync(Imports(("/inbox", "*.xml")));
        await WriteAsync(".hidden.xml", "CASE-1");
        await WriteAsync("VZ_2.xml", "CASE-2");

        var run = await Intake(harness).RunAsync(harness.Account, Hosted(), default);

        Assert.Equal(["VZ_2.xml"], run.Outcomes.Select(o => o.FileName));
        Assert.Equal([".hidden.xml"], Directory.GetFiles(Inbox).Select(Path.GetFileName));
        Assert.Empty(run.Problems); // dot files are uploads in progress by convention: skipped, not reported
    }

    [Fact]
    public async Task A_missing_import_folder_does_not_stop_the_other_folders_or_the_Retourmeldingen()
    {
        await using var harness = await HarnessAsync(Imports(("/missing", "VZ*.xml"), ("/inbox", "VZ*.xml")));
        await WriteAsync("VZ_1.xml", "CASE-1");

        var intake = Intake(harness);

        var run = await intake.RunAsync(harness.Account, Hosted(), default);
        var again = await intake.RunAsync(harness.Account, Hosted(), default);

        Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(run.Outcomes).Status);
        Assert.Single(Directory.GetFiles(Retour, "RM_*.xml"));
        var problem = Assert.Single(run.Problems);
        Assert.Equal(("missing", null, true), (problem.Folder, problem.ShownName, problem.IsNew));
        Assert.False(Assert.Single(again.Problems).IsNew); // still missing: one uitval entry, mailed once
        var uitval = Assert.Single(await OpenUitvalAsync(harness));
        Assert.Equal(("missing", Gateway.Core.Uitval.UitvalStage.Import), (uitval.RecordKey, uitval.Stage));
        Assert.StartsWith("intake of missing failed: ", uitval.Reason, StringComparison.Ordinal);
        await using var register = harness.Register.CreateContext();
        var status = await register.IntakeStatus.OrderBy(s => s.Step).ThenBy(s => s.Folder).ToListAsync();
        Assert.Equal([("import", "inbox", "VZ*.xml", false), ("import", "missing", "VZ*.xml", true), ("retour", "/retour", "", false)],
            status.Select(s => (s.Step, s.Folder, s.Filter, s.FailingSinceUtc is not null)));
        Assert.NotNull(status[1].LastError);
        Assert.Null(status[1].LastSuccessUtc);
    }

    [Fact]
    public async Task A_Retourmelding_folder_that_cannot_be_written_is_reported_and_the_files_are_still_processed()
    {
        await using var harness = await HarnessAsync(Imports(("/inbox", "VZ*.xml")));
        await WriteAsync("VZ_1.xml", "CASE-1");
        await File.WriteAllTextAsync(Retour, "a file where the Retourmelding folder should be");

        var run = await Intake(harness).RunAsync(harness.Account, Hosted(), default);

        Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(run.Outcomes).Status);
        Assert.Equal("/retour", Assert.Single(run.Problems).Folder);
        Assert.Empty(Directory.GetFiles(Inbox));
        await using var register = harness.Register.CreateContext();
        Assert.Single(await register.PendingRetourmeldingen.ToListAsync()); // kept for the next run
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_not_downloaded_and_is_left_at_the_partner()
    {
        await using var harness = await HarnessAsync(Imports(("/inbox", "VZ*.xml")), new ReceivingOptions { MaxFileBytes = 4096, OwnIdentification = "ARBODIENST-TEST" });
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "VZ_big.xml"), new byte[64 * 1024]);
        var downloads = new List<string>();
        var observed = new InterceptingFileSystem(new LocalFolderFileSystem(Chroot))
        {
            BeforeDownload = path =>
            {
                downloads.Add(path);
                return Task.CompletedTask;
            },
        };

        var run = await Intake(harness).RunAsync(harness.Account, _ => Task.FromResult<ITransferFileSystem>(observed), default);

        Assert.Empty(downloads);
        Assert.Equal(["VZ_big.xml"], Directory.GetFiles(Inbox).Select(Path.GetFileName));
        Assert.Equal(("\"VZ_big.xml\"", "is 65536 bytes, more than the limit of 4096"), (Assert.Single(run.Problems).ShownName, run.Problems[0].Reason));
    }

    private static async Task<List<Gateway.Core.Uitval.UitvalEntry>> OpenUitvalAsync(ReceivingHarness harness)
    {
        await using var context = new GatewayDatabase(harness.Register.Options).CreateContext();
        return await context.Uitval.Where(u => u.Status == Gateway.Core.Uitval.UitvalStatus.Open).ToListAsync();
    }

    private Func<CancellationToken, Task<ITransferFileSystem>> Hosted() => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(Chroot));

    private InterceptingFileSystem Lying(Func<string, string> rename) => new(new LocalFolderFileSystem(Chroot))
    {
        AfterList = listing => [.. listing.Select(e => e with { Name = rename(e.Name) })],
    };

    private ReceivingIntake Intake(ReceivingHarness harness) =>
        new(harness.Processor, new GatewayDatabase(harness.Register.Options), State, NullLoggerFactory.Instance, TimeProvider.System);

    private async Task<ReceivingHarness> HarnessAsync(List<ImportConfigurationOptions> imports, ReceivingOptions? options = null)
    {
        Directory.CreateDirectory(Inbox);
        var account = ReceivingHarness.DefaultAccountOptions();
        account.Kind = ReceivingAccountKind.HostedSftp;
        account.Transport = new ReceivingTransportOptions { UserName = "gw-acme", RetourmeldingFolder = "/retour" };
        account.ImportConfigurations = imports;
        return await ReceivingHarness.CreateAsync("sqlite", postgres, account, options);
    }

    private static List<ImportConfigurationOptions> Imports(params (string Folder, string Filter)[] imports) =>
        [.. imports.Select(i => new ImportConfigurationOptions { MessageType = "Verzuimmeldingen", Release = "2024", Folder = i.Folder, FileFilter = i.Filter })];

    private async Task WriteAsync(string name, string caseId)
    {
        var message = ReceivingMessages.Absence(caseId, 1);
        message.BrAlg!.OntvngstbevJN = "J";
        await File.WriteAllBytesAsync(Path.Combine(Inbox, name), ReceivingMessages.Bytes(message));
    }
}

using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Intake;

/// <summary>
/// What the intake takes from a local folder and what it leaves: dot files are skipped, links and oversized files are
/// refused before any byte is read, a server sending more than it listed never fills staging, and staging is the
/// gateway's alone (folders 0700, files 0600).
/// </summary>
public sealed class IntakeScreeningTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-intake-screening-").FullName;

    public IntakeScreeningTests() => Directory.CreateDirectory(Inbox);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Inbox => Path.Combine(_root, "inbox");

    private string Staging => Path.Combine(_root, "staging");

    private static IntakeSource Source(string filter = "*.xml", long? maxFileBytes = null) => new()
    {
        Name = "acme-inbox",
        Folder = "inbox",
        FileFilter = GlobPattern.Parse(filter),
        MaxFileBytes = maxFileBytes,
        StabilityInterval = TimeSpan.FromMilliseconds(50),
    };

    private async Task<(IntakeRunResult Result, HandledFiles Handled)> RunAsync(ITransferFileSystem folder, IntakeSource source, HandledFiles? handled = null)
    {
        handled ??= new HandledFiles();
        using var journal = new FileIntakeJournal(Path.Combine(_root, "journal.jsonl"));
        return (await new FileIntake(journal, Staging).RunAsync(folder, source, handled.HandleAsync), handled);
    }

    [Fact]
    public async Task A_dot_file_matching_the_filter_is_skipped_and_left_alone()
    {
        await File.WriteAllTextAsync(Path.Combine(Inbox, ".hidden.xml"), "<Verzuimmeldingen/>");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "VZ_1.xml"), "<Verzuimmeldingen/>");

        var (result, handled) = await RunAsync(new LocalFolderFileSystem(_root), Source("*.xml"));

        Assert.Equal(["VZ_1.xml"], handled.Names);
        Assert.Empty(result.Refused);
        Assert.Equal([".hidden.xml"], Directory.GetFiles(Inbox).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_by_its_listed_size_without_a_download()
    {
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "VZ_big.xml"), new byte[64 * 1024]);
        var downloads = new List<string>();
        var observed = new InterceptingFileSystem(new LocalFolderFileSystem(_root))
        {
            BeforeDownload = path =>
            {
                downloads.Add(path);
                return Task.CompletedTask;
            },
        };

        var (result, handled) = await RunAsync(observed, Source(maxFileBytes: 4096));

        Assert.Equal(new IntakeRefusal("\"VZ_big.xml\"", "is 65536 bytes, more than the limit of 4096"), Assert.Single(result.Refused));
        Assert.Empty(downloads);
        Assert.Empty(handled.Files);
        Assert.True(File.Exists(Path.Combine(Inbox, "VZ_big.xml")));
    }

    [Fact]
    public async Task A_server_that_sends_more_than_it_listed_has_the_download_cut_off_and_nothing_taken()
    {
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "VZ_1.xml"), new byte[64 * 1024]);
        var understating = new InterceptingFileSystem(new LocalFolderFileSystem(_root))
        {
            AfterList = listing => [.. listing.Select(e => e with { Size = 100 })], // lists 100 bytes, sends 64 KiB
        };

        var (result, handled) = await RunAsync(understating, Source(maxFileBytes: 4096));

        Assert.Equal(["VZ_1.xml"], result.Unstable);
        Assert.Empty(handled.Files);
        Assert.Empty(Directory.GetFiles(Path.Combine(Staging, "acme-inbox")));
        Assert.True(File.Exists(Path.Combine(Inbox, "VZ_1.xml")));
    }

    [Fact]
    public async Task A_symbolic_link_in_the_folder_is_refused_and_left_alone()
    {
        var outside = Path.Combine(_root, "outside.xml");
        await File.WriteAllTextAsync(outside, "<secret/>");
        File.CreateSymbolicLink(Path.Combine(Inbox, "VZ_link.xml"), outside);

        var (result, handled) = await RunAsync(new LocalFolderFileSystem(_root), Source());

        Assert.Equal(new IntakeRefusal("\"VZ_link.xml\"", "is a symbolic link or special file, not a regular file"), Assert.Single(result.Refused));
        Assert.Empty(handled.Files);
        Assert.NotNull(new FileInfo(Path.Combine(Inbox, "VZ_link.xml")).LinkTarget);
        Assert.Equal("<secret/>", await File.ReadAllTextAsync(outside));
    }

    [Fact]
    public async Task Staging_is_the_gateways_alone_and_staged_files_carry_no_name_of_the_partner()
    {
        await File.WriteAllTextAsync(Path.Combine(Inbox, "VZ_1.xml"), "<Verzuimmeldingen/>");
        var seen = new List<(string File, UnixFileMode Mode, UnixFileMode FolderMode, UnixFileMode RootMode)>();
        var inspecting = new HandledFiles
        {
            Before = file =>
            {
                seen.Add((Path.GetFileName(file.StagedPath), File.GetUnixFileMode(file.StagedPath),
                    File.GetUnixFileMode(Path.GetDirectoryName(file.StagedPath)!), File.GetUnixFileMode(Staging)));
                return Task.CompletedTask;
            },
        };

        await RunAsync(new LocalFolderFileSystem(_root), Source(), inspecting);

        var (name, mode, folderMode, rootMode) = Assert.Single(seen);
        Assert.Matches("^[0-9a-f]{16}\\.taken$", name);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, folderMode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, rootMode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_root, "journal.jsonl")));
    }

    [Fact]
    public async Task A_file_the_partner_replaced_while_it_was_handled_is_not_removed_and_is_taken_again()
    {
        var path = Path.Combine(Inbox, "VZ_1.xml");
        await File.WriteAllTextAsync(path, "<Verzuimmeldingen/>");
        var replacing = new HandledFiles
        {
            Before = _ => File.WriteAllTextAsync(path, "<Verzuimmeldingen>corrected</Verzuimmeldingen>"), // a new version under the same name
        };

        var (first, _) = await RunAsync(new LocalFolderFileSystem(_root), Source(), replacing);
        var (second, handled) = await RunAsync(new LocalFolderFileSystem(_root), Source());

        Assert.Single(first.Taken);
        Assert.Empty(first.AfterActionFailures);
        Assert.Equal("<Verzuimmeldingen>corrected</Verzuimmeldingen>", handled.ContentOf("VZ_1.xml"));
        Assert.Single(second.Taken);
        Assert.Empty(Directory.GetFiles(Inbox));
    }
}

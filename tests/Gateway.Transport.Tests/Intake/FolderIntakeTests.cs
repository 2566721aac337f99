using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Intake;

/// <summary>The intake over a local folder (the hosted inbox).</summary>
public sealed class FolderIntakeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-intake-").FullName;

    private string Inbox => Path.Combine(_root, "inbox");

    private string Staging => Path.Combine(_root, "staging");

    public FolderIntakeTests() => Directory.CreateDirectory(Inbox);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static IntakeSource Source(IntakeAfterAction action = IntakeAfterAction.Delete) => new()
    {
        Name = "acme-inbox",
        Folder = "inbox",
        FileFilter = GlobPattern.Parse("RM*.xml"),
        AfterAction = action,
        ArchiveFolder = action == IntakeAfterAction.Archive ? "archive" : null,
        StabilityInterval = TimeSpan.FromMilliseconds(200),
    };

    [Fact]
    public async Task Takes_matching_files_into_staging_deletes_them_and_leaves_the_rest()
    {
        await File.WriteAllTextAsync(Path.Combine(Inbox, "RM_1.xml"), "<Retourmelding1/>");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "notes.txt"), "not for us");
        using var journal = new FileIntakeJournal(Path.Combine(_root, "journal.jsonl"));
        var handled = new HandledFiles();

        var result = await new FileIntake(journal, Staging).RunAsync(new LocalFolderFileSystem(_root), Source(), handled.HandleAsync);

        Assert.Equal("RM_1.xml", Assert.Single(result.Taken).Name);
        Assert.Equal("<Retourmelding1/>", handled.ContentOf("RM_1.xml"));
        Assert.Equal(["notes.txt"], Directory.GetFiles(Inbox).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(Path.Combine(Staging, "acme-inbox")));
    }

    [Fact]
    public async Task Archives_and_keeps_an_earlier_archived_file_of_the_same_name()
    {
        Directory.CreateDirectory(Path.Combine(_root, "archive"));
        await File.WriteAllTextAsync(Path.Combine(_root, "archive", "RM_1.xml"), "older");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "RM_1.xml"), "newer");
        using var journal = new FileIntakeJournal(Path.Combine(_root, "journal.jsonl"));

        var result = await new FileIntake(journal, Staging).RunAsync(new LocalFolderFileSystem(_root), Source(IntakeAfterAction.Archive), new HandledFiles().HandleAsync);

        Assert.Single(result.Taken);
        Assert.Empty(Directory.GetFiles(Inbox));
        var archived = Directory.GetFiles(Path.Combine(_root, "archive")).Select(File.ReadAllText).Order().ToList();
        Assert.Equal(["newer", "older"], archived);
    }

    [Fact]
    public async Task A_file_still_growing_between_the_listings_is_left_for_a_later_run()
    {
        var path = Path.Combine(Inbox, "RM_growing.xml");
        await File.WriteAllTextAsync(path, "<Retour");
        using var journal = new FileIntakeJournal(Path.Combine(_root, "journal.jsonl"));
        var intake = new FileIntake(journal, Staging);
        var growing = new InterceptingFileSystem(new LocalFolderFileSystem(_root))
        {
            // the partner's upload is still running: more bytes arrive between the first and the second listing
            BeforeList = number => number == 2 ? File.AppendAllTextAsync(path, "melding1/>") : Task.CompletedTask,
        };

        var handled = new HandledFiles();
        var whileWriting = await intake.RunAsync(growing, Source(), handled.HandleAsync);
        var afterwards = await intake.RunAsync(new LocalFolderFileSystem(_root), Source(), handled.HandleAsync);

        Assert.Equal(["RM_growing.xml"], whileWriting.Unstable);
        Assert.Empty(whileWriting.Taken);
        Assert.Single(afterwards.Taken);
        Assert.Equal("<Retourmelding1/>", handled.ContentOf("RM_growing.xml"));
    }
}

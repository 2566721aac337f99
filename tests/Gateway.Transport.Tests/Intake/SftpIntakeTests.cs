using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Intake;

[Collection(SshdTests.Name)]
public sealed class SftpIntakeTests(SshdServer sshd) : IDisposable
{
    private readonly string _local = Directory.CreateTempSubdirectory("gateway-sftp-intake-").FullName;

    public void Dispose() => Directory.Delete(_local, recursive: true);

    private string Staging => Path.Combine(_local, "staging");

    private string JournalPath => Path.Combine(_local, "journal.jsonl");

    private static IntakeSource Source(string folder, IntakeAfterAction action = IntakeAfterAction.Delete) => new()
    {
        Name = "partner-rm",
        Folder = folder,
        FileFilter = GlobPattern.Parse("RM*.xml"),
        AfterAction = action,
        ArchiveFolder = action == IntakeAfterAction.Archive ? $"{folder}/archive" : null,
        StabilityInterval = TimeSpan.FromMilliseconds(300),
    };

    private async Task<string> FolderWithAsync(ISftpConnection connection, params (string Name, string Content)[] files)
    {
        var folder = await sshd.NewRemoteFolderAsync(connection, "intake");
        foreach (var (name, content) in files)
        {
            await connection.UploadAsync($"{folder}/{name}", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)));
        }
        return folder;
    }

    [RequiresSshdTheory, BothClients]
    public async Task Takes_matching_stable_files_hands_them_over_and_then_deletes_them_remotely(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_1.xml", "<Retourmelding1>1</Retourmelding1>"), ("RM_2.xml", "<Retourmelding1>2</Retourmelding1>"), ("VZ_1.xml", "not ours"));
        using var journal = new FileIntakeJournal(JournalPath);
        var handled = new HandledFiles();

        var result = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder), handled.HandleAsync);

        Assert.Equal(["RM_1.xml", "RM_2.xml"], result.Taken.Select(t => t.Name));
        Assert.Equal("<Retourmelding1>2</Retourmelding1>", handled.ContentOf("RM_2.xml"));
        Assert.Equal(["VZ_1.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
        Assert.All(result.Taken, t => Assert.NotNull(journal.FindAsync(t.Key).Result!.FinishedAt));
        Assert.Empty(Directory.GetFiles(Path.Combine(Staging, "partner-rm"))); // staged copies are dropped once handled
    }

    [RequiresSshdTheory, BothClients]
    public async Task Archives_taken_files_into_the_archive_folder(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_9.xml", "<Retourmelding1/>"));
        using var journal = new FileIntakeJournal(JournalPath);

        var result = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder, IntakeAfterAction.Archive), new HandledFiles().HandleAsync);

        Assert.Single(result.Taken);
        Assert.Equal(["archive"], (await connection.ListAsync(folder)).Select(e => e.Name));
        Assert.Equal(["RM_9.xml"], (await connection.ListAsync($"{folder}/archive")).Select(e => e.Name));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_file_still_being_uploaded_is_only_taken_once_its_size_is_stable(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_big.xml", "<Retourmelding1>"));
        using var journal = new FileIntakeJournal(JournalPath);
        var intake = new FileIntake(journal, Staging);
        var uploading = new InterceptingFileSystem(connection)
        {
            BeforeList = number => number == 2
                ? File.AppendAllTextAsync(sshd.LocalPath($"{folder}/RM_big.xml"), "more bytes</Retourmelding1>")
                : Task.CompletedTask,
        };

        var handled = new HandledFiles();
        var during = await intake.RunAsync(uploading, Source(folder), handled.HandleAsync);
        var after = await intake.RunAsync(connection, Source(folder), handled.HandleAsync);

        Assert.Equal(["RM_big.xml"], during.Unstable);
        Assert.Empty(during.Taken);
        Assert.Single(after.Taken);
        Assert.Equal("<Retourmelding1>more bytes</Retourmelding1>", handled.ContentOf("RM_big.xml"));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_crash_between_handling_and_remote_delete_never_hands_the_file_over_twice(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_crash.xml", "<Retourmelding1/>"));
        var crashing = new InterceptingFileSystem(connection)
        {
            BeforeDelete = _ => throw new InvalidOperationException("simulated crash: the process dies before the remote delete"),
        };
        var handled = new HandledFiles();
        using (var journal = new FileIntakeJournal(JournalPath))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => new FileIntake(journal, Staging).RunAsync(crashing, Source(folder), handled.HandleAsync));
        }
        Assert.Equal(["RM_crash.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));

        using var restarted = new FileIntakeJournal(JournalPath); // a new process replays the journal
        var result = await new FileIntake(restarted, Staging).RunAsync(connection, Source(folder), handled.HandleAsync);

        Assert.Empty(result.Taken);
        Assert.Equal(["RM_crash.xml"], result.AlreadyTaken);
        Assert.Empty(await connection.ListAsync(folder));
        Assert.Equal(["RM_crash.xml"], handled.Names);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_file_whose_handling_fails_stays_at_the_partner_and_is_handed_over_again_next_run(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_1.xml", "<Retourmelding1/>"));
        var failing = new HandledFiles { Before = _ => throw new InvalidOperationException("the register is not reachable") };
        var handled = new HandledFiles();
        using var journal = new FileIntakeJournal(JournalPath);

        var first = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder), failing.HandleAsync);

        Assert.Equal(("RM_1.xml", "the register is not reachable"), Assert.Single(first.HandlingFailures));
        Assert.Empty(first.Taken);
        Assert.Equal(["RM_1.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
        var entry = Assert.Single(await journal.ListUnfinishedAsync("partner-rm"));
        Assert.Null(entry.HandledAt);

        var second = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder), handled.HandleAsync);

        Assert.Equal(["RM_1.xml"], second.Recovered.Select(t => t.Name)); // from staging, not downloaded again
        Assert.Equal(["RM_1.xml"], second.AlreadyTaken);
        Assert.Equal("<Retourmelding1/>", handled.ContentOf("RM_1.xml"));
        Assert.Empty(await connection.ListAsync(folder));
        Assert.Empty(await journal.ListUnfinishedAsync("partner-rm"));
    }

    [RequiresSshdTheory, BothClients]
    public async Task An_interrupted_rename_into_staging_is_completed_and_the_file_handed_over_as_recovered(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection);
        var key = new IntakeKey("partner-rm", $"{folder}/RM_7.xml", 4, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        using (var staging = new StagingArea(Staging, "partner-rm"))
        {
            await File.WriteAllTextAsync(staging.TemporaryPath(key), "<x/>");
        }
        using var journal = new FileIntakeJournal(JournalPath);
        await journal.RecordTakenAsync(new IntakeJournalEntry(key, "", DateTimeOffset.UtcNow, null));
        var handled = new HandledFiles();

        var result = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder), handled.HandleAsync);

        Assert.Equal(["RM_7.xml"], result.Recovered.Select(t => t.Name));
        Assert.Equal("<x/>", handled.ContentOf("RM_7.xml"));
        Assert.Empty(result.Taken);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_grouped_run_downloads_and_removes_over_sessions_of_its_own_and_never_removes_a_file_that_changed(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, [.. Enumerable.Range(1, 7).Select(i => ($"RM_{i}.xml", $"<Retourmelding1>{i}</Retourmelding1>"))]);
        using var journal = new FileIntakeJournal(JournalPath);
        var removedOverTheRunSession = 0;
        var run = new InterceptingFileSystem(connection) { BeforeDelete = _ => Task.FromResult(Interlocked.Increment(ref removedOverTheRunSession)) };
        var opened = 0;
        var handled = new List<string>();

        var result = await new FileIntake(journal, Staging).RunGroupedAsync(run, Source(folder), new GroupedIntakeOptions
        {
            GroupSize = 2,
            OpenSession = async token =>
            {
                Interlocked.Increment(ref opened);
                return await sshd.ConnectAsync(client);
            },
            DownloadSessions = 2,
            RemovalSessions = 2,
        }, async (group, token) =>
        {
            handled.AddRange(group.Select(f => f.File.Name));
            if (group.Any(f => f.File.Name == "RM_3.xml"))
            {
                // the partner writes a new version of a file after it was taken: that one must stay
                await File.WriteAllTextAsync(sshd.LocalPath($"{folder}/RM_3.xml"), "<Retourmelding1>3, corrected</Retourmelding1>", token);
            }
        });

        Assert.Equal([.. Enumerable.Range(1, 7).Select(i => $"RM_{i}.xml")], handled);
        Assert.Equal(handled, result.Taken.Select(t => t.Name));
        Assert.Equal(["RM_3.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
        Assert.Equal((2, 2, 3), (result.Timings.DownloadSessions, result.Timings.RemovalSessions, opened));
        Assert.Equal(0, removedOverTheRunSession);
        Assert.Empty(await journal.ListUnfinishedAsync("partner-rm")); // RM_3's taken version is finished: it is not that file any more
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_grouped_run_whose_extra_sessions_are_refused_goes_on_over_its_own_session(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_1.xml", "<Retourmelding1>1</Retourmelding1>"), ("RM_2.xml", "<Retourmelding1>2</Retourmelding1>"));
        using var journal = new FileIntakeJournal(JournalPath);

        var result = await new FileIntake(journal, Staging).RunGroupedAsync(connection, Source(folder), new GroupedIntakeOptions
        {
            GroupSize = 1,
            OpenSession = _ => throw new IOException("the partner allows one login"),
            DownloadSessions = 3,
            RemovalSessions = 2,
        }, (_, _) => Task.CompletedTask);

        Assert.Equal(["RM_1.xml", "RM_2.xml"], result.Taken.Select(t => t.Name));
        Assert.Empty(await connection.ListAsync(folder));
        Assert.Equal((1, 1), (result.Timings.DownloadSessions, result.Timings.RemovalSessions));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_file_vanishing_before_download_is_skipped_and_nothing_is_journalled(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await FolderWithAsync(connection, ("RM_gone.xml", "<Retourmelding1/>"));
        using var journal = new FileIntakeJournal(JournalPath);
        var vanishing = new InterceptingFileSystem(connection)
        {
            BeforeDownload = path =>
            {
                File.Delete(sshd.LocalPath(path)); // the partner removes it right after it was listed
                return Task.CompletedTask;
            },
        };

        var result = await new FileIntake(journal, Staging).RunAsync(vanishing, Source(folder), new HandledFiles().HandleAsync);

        Assert.Equal(["RM_gone.xml"], result.Vanished);
        Assert.Empty(result.Taken);
        Assert.Empty(Directory.GetFiles(Path.Combine(Staging, "partner-rm"), "*", SearchOption.AllDirectories));
        Assert.Empty(await journal.ListUnfinishedAsync("partner-rm"));
    }
}

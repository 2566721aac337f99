using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Intake;

/// <summary>
/// Takes files from a polled folder — remote over SFTP (<see cref="Sftp.SftpConnection"/>) or local, such as a hosted
/// inbox (<see cref="LocalFolderFileSystem"/>) — into local staging, exactly once per file version:
/// <list type="number">
/// <item>list the folder; files matching the filter whose version (path, size, mtime) the journal already knows are
/// not taken again — only their after-action is (re)done;</item>
/// <item>wait <see cref="IntakeSource.StabilityInterval"/> and list again; a file is taken only when its size and
/// mtime agree in both listings (a partner still uploading is left alone);</item>
/// <item>download into a hidden temporary file in staging (fsync) and check the byte count against the listing;</item>
/// <item>record the version in the <see cref="IIntakeJournal"/>, then move the download to its staged name;</item>
/// <item>archive or delete the source file, then record that as finished.</item>
/// </list>
/// A crash after step 4 never causes a second take: the journal has the version, so the next run only finishes the
/// after-action (and, if the move to the staged name was interrupted, completes it and reports it as recovered).
/// </summary>
public sealed class FileIntake
{
    private readonly IIntakeJournal _journal;
    private readonly string _stagingRoot;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public FileIntake(IIntakeJournal journal, string stagingDirectory, ILogger<FileIntake>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentException.ThrowIfNullOrEmpty(stagingDirectory);
        _journal = journal;
        _stagingRoot = stagingDirectory;
        _logger = logger ?? NullLogger<FileIntake>.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>One polling run over <paramref name="source"/> at <paramref name="folder"/>.</summary>
    public async Task<IntakeRunResult> RunAsync(ITransferFileSystem folder, IntakeSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(source);
        source.Validate();
        var staging = new StagingArea(_stagingRoot, source.Name);
        var result = new IntakeRunResult();
        await RecoverInterruptedAsync(source, staging, result, cancellationToken).ConfigureAwait(false);

        var fresh = new List<FileEntry>();
        foreach (var entry in Candidates(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source))
        {
            var key = KeyOf(source, entry);
            if (await _journal.FindAsync(key, cancellationToken).ConfigureAwait(false) is not null)
            {
                IntakeLog.AlreadyTaken(_logger, source.Name, entry.Path);
                result.AlreadyTaken.Add(entry.Name);
                await AfterActionAsync(folder, source, entry, key, result, cancellationToken).ConfigureAwait(false);
            }
            else if (fresh.Count < source.MaxFilesPerRun)
            {
                fresh.Add(entry);
            }
        }
        if (fresh.Count == 0)
        {
            return result;
        }

        await Task.Delay(source.StabilityInterval, _time, cancellationToken).ConfigureAwait(false);
        var second = Candidates(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source)
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in fresh)
        {
            if (!second.TryGetValue(entry.Name, out var now))
            {
                IntakeLog.Vanished(_logger, source.Name, entry.Path);
                result.Vanished.Add(entry.Name);
            }
            else if (now.Size != entry.Size || now.LastModified != entry.LastModified)
            {
                IntakeLog.Unstable(_logger, source.Name, entry.Path, entry.Size, now.Size);
                result.Unstable.Add(entry.Name);
            }
            else
            {
                await TakeAsync(folder, source, staging, entry, result, cancellationToken).ConfigureAwait(false);
            }
        }
        return result;
    }

    private async Task TakeAsync(ITransferFileSystem folder, IntakeSource source, StagingArea staging, FileEntry entry, IntakeRunResult result, CancellationToken cancellationToken)
    {
        var key = KeyOf(source, entry);
        var temporary = staging.TemporaryPath(key);
        long bytes;
        try
        {
            await using var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 32 * 1024, useAsync: true);
            bytes = await folder.DownloadAsync(entry.Path, file, cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }
        catch (IOException e) when (FileSystemErrors.IsNotFound(e))
        {
            File.Delete(temporary);
            IntakeLog.Vanished(_logger, source.Name, entry.Path);
            result.Vanished.Add(entry.Name);
            return;
        }
        if (bytes != entry.Size)
        {
            // changed while downloading although the listings agreed: try again in a later run
            File.Delete(temporary);
            IntakeLog.Unstable(_logger, source.Name, entry.Path, entry.Size, bytes);
            result.Unstable.Add(entry.Name);
            return;
        }
        var stagedPath = staging.ChooseStagedPath(key, entry.Name);
        await _journal.RecordTakenAsync(new IntakeJournalEntry(key, stagedPath, _time.GetUtcNow(), null), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, stagedPath, overwrite: false);
        IntakeLog.Taken(_logger, source.Name, entry.Path, bytes, stagedPath);
        result.Taken.Add(new TakenFile(key, stagedPath));
        await AfterActionAsync(folder, source, entry, key, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task AfterActionAsync(ITransferFileSystem folder, IntakeSource source, FileEntry entry, IntakeKey key, IntakeRunResult result, CancellationToken cancellationToken)
    {
        try
        {
            if (source.AfterAction == IntakeAfterAction.Delete)
            {
                await folder.DeleteAsync(entry.Path, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ArchiveAsync(folder, source.ArchiveFolder!, entry, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException e) when (FileSystemErrors.IsNotFound(e))
        {
            // gone already (a previous attempt got through before its reply was lost): the action's goal is met
        }
        catch (IOException e) when (e is not SftpConnectionException)
        {
            IntakeLog.AfterActionFailed(_logger, source.Name, source.AfterAction, entry.Path, e);
            result.AfterActionFailures.Add((entry.Name, e.Message));
            return;
        }
        await _journal.RecordFinishedAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task ArchiveAsync(ITransferFileSystem folder, string archiveFolder, FileEntry entry, CancellationToken cancellationToken)
    {
        await folder.CreateDirectoryAsync(archiveFolder, cancellationToken).ConfigureAwait(false);
        var target = TransferPath.Combine(archiveFolder, entry.Name);
        if (await folder.TryGetEntryAsync(target, cancellationToken).ConfigureAwait(false) is not null)
        {
            // an older file of the same name is archived already: keep both, this one with its mtime in the name
            target = TransferPath.Combine(archiveFolder,
                $"{Path.GetFileNameWithoutExtension(entry.Name)}.{entry.LastModified.ToUnixTimeSeconds()}{Path.GetExtension(entry.Name)}");
        }
        await folder.RenameAsync(entry.Path, target, cancellationToken).ConfigureAwait(false);
    }

    private async Task RecoverInterruptedAsync(IntakeSource source, StagingArea staging, IntakeRunResult result, CancellationToken cancellationToken)
    {
        foreach (var entry in await _journal.ListUnfinishedAsync(source.Name, cancellationToken).ConfigureAwait(false))
        {
            var temporary = staging.TemporaryPath(entry.Key);
            if (!File.Exists(entry.StagedPath) && File.Exists(temporary))
            {
                File.Move(temporary, entry.StagedPath, overwrite: false);
                IntakeLog.Recovered(_logger, source.Name, entry.StagedPath);
                result.Recovered.Add(new TakenFile(entry.Key, entry.StagedPath));
            }
        }
    }

    private static IEnumerable<FileEntry> Candidates(IEnumerable<FileEntry> listing, IntakeSource source) =>
        listing.Where(e => e.IsFile && source.FileFilter.IsMatch(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal);

    private static IntakeKey KeyOf(IntakeSource source, FileEntry entry) => new(source.Name, entry.Path, entry.Size, entry.LastModified);
}

using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Intake;

/// <summary>
/// Takes files from a polled folder — remote over SFTP (<see cref="Sftp.SftpConnection"/>) or local, such as a hosted
/// inbox (<see cref="LocalFolderFileSystem"/>) — hands each to the caller's <see cref="IntakeHandler"/>, and removes it
/// at the source only after the handler committed it, exactly once per file version:
/// <list type="number">
/// <item>list the folder and screen it: a name that is not a plain file name, a link or special file, or a file over
/// <see cref="IntakeSource.MaxFileBytes"/> is refused (<see cref="IntakeRunResult.Refused"/>) and left alone; dot files
/// are skipped; files whose version (path, size, mtime) the journal has as handled only get their after-action;</item>
/// <item>wait <see cref="IntakeSource.StabilityInterval"/> and list again; a file is taken only when its size and
/// mtime agree in both listings (a partner still uploading is left alone);</item>
/// <item>download into staging under a name of the gateway's own (<see cref="StagingArea"/>), never more than the
/// listed size, fsync, and check the byte count;</item>
/// <item>record the version in the <see cref="IIntakeJournal"/>, rename it to its staged name and hand it to the
/// handler; once the handler returned, record it as handled and drop the staged copy;</item>
/// <item>archive or delete the source file — unless it changed meanwhile — then record that as finished.</item>
/// </list>
/// A crash anywhere never loses a file and never hands a handled one over again: a file taken but not handled is
/// handed over from staging by the next run (or downloaded again if its staged copy is gone), a handled one only gets
/// its after-action.
/// </summary>
public sealed partial class FileIntake
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

    /// <summary>One polling run over <paramref name="source"/> at <paramref name="folder"/>, each taken file handed to <paramref name="handler"/>.</summary>
    public async Task<IntakeRunResult> RunAsync(ITransferFileSystem folder, IntakeSource source, IntakeHandler handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(handler);
        source.Validate();
        using var staging = new StagingArea(_stagingRoot, source.Name);
        var result = new IntakeRunResult();
        await HandOverInterruptedAsync(source, staging, handler, result, cancellationToken).ConfigureAwait(false);

        var fresh = new List<(FileEntry Entry, IntakeJournalEntry? Known)>();
        foreach (var entry in Screen(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source, result))
        {
            var known = await _journal.FindAsync(KeyOf(source, entry), cancellationToken).ConfigureAwait(false);
            if (known?.HandledAt is not null)
            {
                IntakeLog.AlreadyTaken(_logger, source.Name, entry.Path);
                result.AlreadyTaken.Add(entry.Name);
                await AfterActionAsync(folder, source, entry, known.Key, result, cancellationToken).ConfigureAwait(false);
            }
            else if (fresh.Count < source.MaxFilesPerRun)
            {
                fresh.Add((entry, known)); // known: taken before, but its staged copy is gone: downloaded again, recorded once
            }
        }
        if (fresh.Count == 0)
        {
            return result;
        }

        await Task.Delay(source.StabilityInterval, _time, cancellationToken).ConfigureAwait(false);
        var second = Screen(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source, refusals: null)
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var (entry, known) in fresh)
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
                await TakeAsync(folder, source, staging, entry, known, handler, result, cancellationToken).ConfigureAwait(false);
            }
        }
        return result;
    }

    /// <summary>
    /// The entries of a listing that are candidates, in name order. Refused (into <paramref name="refusals"/>, when
    /// given) and left alone: names that are not plain file names (whatever the filter), and matching links, special
    /// files and files over the size limit. Dot files and folders are skipped silently.
    /// </summary>
    private List<FileEntry> Screen(IReadOnlyList<FileEntry> listing, IntakeSource source, IntakeRunResult? refusals)
    {
        var candidates = new List<FileEntry>();
        foreach (var entry in listing.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            string? refusal = null;
            if (RemoteName.Problem(entry.Name) is { } problem)
            {
                refusal = $"has a name that {problem}";
            }
            else if (entry.Name.StartsWith('.') || entry.IsDirectory || !source.FileFilter.IsMatch(entry.Name))
            {
                continue;
            }
            else if (!entry.IsFile)
            {
                refusal = "is a symbolic link or special file, not a regular file";
            }
            else if (source.MaxFileBytes is { } max && entry.Size > max)
            {
                refusal = $"is {entry.Size} bytes, more than the limit of {max}";
            }
            if (refusal is null)
            {
                candidates.Add(entry);
            }
            else if (refusals is not null)
            {
                Refuse(source, entry.Name, refusal, refusals);
            }
        }
        return candidates;
    }

    private void Refuse(IntakeSource source, string name, string reason, IntakeRunResult result)
    {
        var shown = RemoteName.Render(name);
        IntakeLog.Refused(_logger, source.Name, source.Folder, shown, reason);
        lock (result)
        {
            result.Refused.Add(new IntakeRefusal(shown, reason));
        }
    }

    private async Task TakeAsync(ITransferFileSystem folder, IntakeSource source, StagingArea staging, FileEntry entry, IntakeJournalEntry? known,
        IntakeHandler handler, IntakeRunResult result, CancellationToken cancellationToken)
    {
        var key = KeyOf(source, entry);
        if (await DownloadToStagingAsync(folder, source, staging, entry, key, flushToDisk: true, result, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return;
        }
        if (known is null)
        {
            await _journal.RecordTakenAsync(new IntakeJournalEntry(key, staging.StagedPath(key), _time.GetUtcNow(), null), cancellationToken).ConfigureAwait(false);
        }
        staging.Publish(key);
        var stagedPath = staging.StagedPath(key);
        IntakeLog.Taken(_logger, source.Name, entry.Path, bytes, stagedPath);
        if (await HandOverAsync(source, staging, key, handler, result.Taken, result, cancellationToken).ConfigureAwait(false))
        {
            await AfterActionAsync(folder, source, entry, key, result, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Downloads <paramref name="entry"/> into its temporary staging file, never more than its listed size; returns the
    /// bytes, or null when it was refused, vanished or changed meanwhile (recorded in <paramref name="result"/>, which
    /// several downloads at once may share).
    /// Without <paramref name="flushToDisk"/> the caller makes it durable (<see cref="StagingArea.Sync"/> for a group).
    /// </summary>
    private async Task<long?> DownloadToStagingAsync(ITransferFileSystem folder, IntakeSource source, StagingArea staging, FileEntry entry, IntakeKey key,
        bool flushToDisk, IntakeRunResult result, CancellationToken cancellationToken)
    {
        long bytes;
        try
        {
            await using var file = staging.CreateTemporary(key);
            bytes = await folder.DownloadAsync(entry.Path, new SizeCappedStream(file, entry.Size), entry.Size, cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk);
        }
        catch (UnsafeEntryException e)
        {
            // swapped for a link or special file after it was listed: refused on the opened descriptor, nothing read
            staging.DeleteTemporary(key);
            Refuse(source, entry.Name, e.Reason, result);
            return null;
        }
        catch (IOException e) when (FileSystemErrors.IsNotFound(e))
        {
            staging.DeleteTemporary(key);
            IntakeLog.Vanished(_logger, source.Name, entry.Path);
            lock (result)
            {
                result.Vanished.Add(entry.Name);
            }
            return null;
        }
        catch (SizeCappedStream.SizeExceededException)
        {
            bytes = -1;
        }
        if (bytes != entry.Size)
        {
            // changed while downloading although the listings agreed (or the server sent more than it listed): later
            staging.DeleteTemporary(key);
            IntakeLog.Unstable(_logger, source.Name, entry.Path, entry.Size, bytes);
            lock (result)
            {
                result.Unstable.Add(entry.Name);
            }
            return null;
        }
        return bytes;
    }

    /// <summary>Hands a staged file to the handler; once it returned, records the file as handled and drops the staged copy.</summary>
    private async Task<bool> HandOverAsync(IntakeSource source, StagingArea staging, IntakeKey key, IntakeHandler handler, List<TakenFile> into,
        IntakeRunResult result, CancellationToken cancellationToken)
    {
        var taken = new TakenFile(key, staging.StagedPath(key));
        try
        {
            await using var content = staging.OpenStaged(key);
            await handler(taken, content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IntakeLog.HandlingFailed(_logger, source.Name, key.Path, e);
            result.HandlingFailures.Add((taken.Name, e.Message));
            return false;
        }
        await _journal.RecordHandledAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        staging.DeleteStaged(key);
        into.Add(taken);
        return true;
    }

    /// <summary>Archives or deletes a handled file at the source — unless a new version replaced it meanwhile — then records it as finished.</summary>
    private async Task AfterActionAsync(ITransferFileSystem folder, IntakeSource source, FileEntry entry, IntakeKey key, IntakeRunResult result,
        CancellationToken cancellationToken)
    {
        if (await TryAfterActionAsync(folder, source, entry, result, cancellationToken).ConfigureAwait(false))
        {
            await _journal.RecordFinishedAsync(key, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Archives or deletes a handled file at the source, unless a new version replaced it meanwhile; false when that failed (retried next run).</summary>
    private async Task<bool> TryAfterActionAsync(ITransferFileSystem folder, IntakeSource source, FileEntry entry, IntakeRunResult result,
        CancellationToken cancellationToken)
    {
        try
        {
            if (await folder.TryGetEntryAsync(entry.Path, cancellationToken).ConfigureAwait(false) is { } now
                && (!now.IsFile || now.Size != entry.Size || now.LastModified != entry.LastModified))
            {
                // not the version that was handled: it stays for a later run (as a new version), this one is done
                IntakeLog.Replaced(_logger, source.Name, entry.Path);
            }
            else if (source.AfterAction == IntakeAfterAction.Delete)
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
        catch (Exception e) when (e is (IOException and not SftpConnectionException) or UnauthorizedAccessException)
        {
            IntakeLog.AfterActionFailed(_logger, source.Name, source.AfterAction, entry.Path, e);
            lock (result)
            {
                result.AfterActionFailures.Add((entry.Name, e.Message));
            }
            return false;
        }
        return true;
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

    /// <summary>
    /// Files an earlier run took but did not get to hand over (it stopped, or its handler failed) are handed over now
    /// from staging — completing an interrupted rename first. One whose staged copy is gone is downloaded again when
    /// it is listed.
    /// </summary>
    private async Task HandOverInterruptedAsync(IntakeSource source, StagingArea staging, IntakeHandler handler, IntakeRunResult result,
        CancellationToken cancellationToken)
    {
        foreach (var entry in await _journal.ListUnfinishedAsync(source.Name, cancellationToken).ConfigureAwait(false))
        {
            if (entry.HandledAt is not null)
            {
                continue;
            }
            if (!staging.HasStaged(entry.Key))
            {
                if (!staging.HasTemporary(entry.Key))
                {
                    continue;
                }
                staging.Publish(entry.Key);
            }
            var stagedPath = staging.StagedPath(entry.Key);
            IntakeLog.Recovered(_logger, source.Name, stagedPath);
            await HandOverAsync(source, staging, entry.Key, handler, result.Recovered, result, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IntakeKey KeyOf(IntakeSource source, FileEntry entry) => new(source.Name, entry.Path, entry.Size, entry.LastModified);
}

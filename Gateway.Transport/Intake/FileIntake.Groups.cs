using Gateway.Transport.Files;

namespace Gateway.Transport.Intake;

/// <summary>
/// The grouped intake: the same guarantees as <see cref="RunAsync"/> (taken once, removed at the source only after the
/// handler committed, a crash loses nothing and hands nothing handled over again), with the per-file costs paid per
/// group: the staged copies of a group are made durable with one sync and recorded taken, handled and finished with one
/// journal write each, and the handler commits a whole group. A group's handler runs while the next group downloads,
/// and handled groups leave the source meanwhile, over sessions of their own when the options allow
/// (<see cref="GroupedIntakeOptions"/>); groups are handed over one after another, in name order.
/// A run drains the folder: after the first listing it keeps taking what stayed stable between two listings at least
/// <see cref="IntakeSource.StabilityInterval"/> apart, <see cref="IntakeSource.MaxFilesPerRun"/> per round, so only
/// the first round waits the whole interval.
/// </summary>
public sealed partial class FileIntake
{
    /// <summary>One grouped polling run over <paramref name="source"/> at <paramref name="folder"/>, all over that session; each group of at most <paramref name="groupSize"/> files to <paramref name="handler"/>.</summary>
    public Task<IntakeRunResult> RunGroupedAsync(ITransferFileSystem folder, IntakeSource source, int groupSize, IntakeGroupHandler handler,
        CancellationToken cancellationToken = default) =>
        RunGroupedAsync(folder, source, new GroupedIntakeOptions { GroupSize = groupSize }, handler, cancellationToken);

    /// <summary>One grouped polling run over <paramref name="source"/> at <paramref name="folder"/>; each group of at most <see cref="GroupedIntakeOptions.GroupSize"/> files to <paramref name="handler"/>.</summary>
    public async Task<IntakeRunResult> RunGroupedAsync(ITransferFileSystem folder, IntakeSource source, GroupedIntakeOptions options, IntakeGroupHandler handler,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        options.Validate();
        source.Validate();
        using var staging = new StagingArea(_stagingRoot, source.Name);
        var result = new IntakeRunResult();
        var timings = result.Timings;
        await HandOverInterruptedGroupedAsync(source, staging, options.GroupSize, handler, result, cancellationToken).ConfigureAwait(false);

        await using var downloads = new IntakeSessions(source.Name, folder, withRunSession: true, options.OpenSession, options.DownloadSessions - 1, _logger);
        var removal = new SourceRemoval(this, source,
            new IntakeSessions(source.Name, folder, withRunSession: false, options.OpenSession, options.RemovalSessions, _logger), result, cancellationToken);
        await using (removal.ConfigureAwait(false))
        {
            await TakeRoundsAsync(folder, source, staging, options.GroupSize, downloads, removal, handler, result, cancellationToken).ConfigureAwait(false);
            await removal.CompleteAsync().ConfigureAwait(false);
            timings.DownloadSessions = downloads.Count;
            timings.RemovalSessions = removal.Sessions;
        }
        if (result.Taken.Count + result.Recovered.Count > 0)
        {
            IntakeLog.GroupedRun(_logger, source.Name, result.Taken.Count + result.Recovered.Count, timings);
        }
        return result;
    }

    /// <summary>Takes what the folder lists, round after round of at most <see cref="IntakeSource.MaxFilesPerRun"/> files, until a round finds fewer.</summary>
    private async Task TakeRoundsAsync(ITransferFileSystem folder, IntakeSource source, StagingArea staging, int groupSize, IntakeSessions downloads,
        SourceRemoval removal, IntakeGroupHandler handler, IntakeRunResult result, CancellationToken cancellationToken)
    {
        var timings = result.Timings;
        var started = IntakeTimings.Start();
        var listing = Screen(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source, result);
        var listedAt = _time.GetUtcNow();
        timings.Listing += IntakeTimings.Since(started);
        var attempted = new HashSet<string>(StringComparer.Ordinal);
        var firstRound = true;
        while (true)
        {
            var fresh = new List<(FileEntry Entry, IntakeJournalEntry? Known)>();
            foreach (var entry in listing)
            {
                if (attempted.Contains(entry.Name))
                {
                    continue;
                }
                var known = await _journal.FindAsync(KeyOf(source, entry), cancellationToken).ConfigureAwait(false);
                if (known?.HandledAt is not null)
                {
                    if (firstRound)
                    {
                        IntakeLog.AlreadyTaken(_logger, source.Name, entry.Path);
                        result.AlreadyTaken.Add(entry.Name);
                        await AfterActionAsync(folder, source, entry, known.Key, result, cancellationToken).ConfigureAwait(false);
                    }
                }
                else if (fresh.Count < source.MaxFilesPerRun)
                {
                    fresh.Add((entry, known)); // known: taken before, but its staged copy is gone: downloaded again, recorded once
                }
            }
            firstRound = false;
            if (fresh.Count == 0)
            {
                break;
            }

            started = IntakeTimings.Start();
            var wait = listedAt + source.StabilityInterval - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            timings.StabilityWait += IntakeTimings.Since(started);
            started = IntakeTimings.Start();
            var next = Screen(await folder.ListAsync(source.Folder, cancellationToken).ConfigureAwait(false), source, refusals: null);
            var nextAt = _time.GetUtcNow();
            timings.Listing += IntakeTimings.Since(started);
            var second = next.ToDictionary(e => e.Name, StringComparer.Ordinal);
            var stable = new List<(FileEntry Entry, IntakeJournalEntry? Known)>();
            foreach (var (entry, known) in fresh)
            {
                attempted.Add(entry.Name);
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
                    stable.Add((entry, known));
                }
            }
            await TakeGroupsAsync(source, staging, stable, groupSize, downloads, removal, handler, result, cancellationToken).ConfigureAwait(false);
            if (fresh.Count < source.MaxFilesPerRun)
            {
                break;
            }
            listing = next;
            listedAt = nextAt;
        }
    }

    /// <summary>
    /// Downloads, hands over and removes the <paramref name="stable"/> files group by group: group k's handler runs while
    /// group k+1 downloads, and a group goes to <paramref name="removal"/> once it was committed; a group is handed over
    /// only once the one before it was committed.
    /// </summary>
    private async Task TakeGroupsAsync(IntakeSource source, StagingArea staging, List<(FileEntry Entry, IntakeJournalEntry? Known)> stable, int groupSize,
        IntakeSessions downloads, SourceRemoval removal, IntakeGroupHandler handler, IntakeRunResult result, CancellationToken cancellationToken)
    {
        (List<GroupFile> Files, Task Handling)? inFlight = null;
        try
        {
            foreach (var chunk in stable.Chunk(groupSize))
            {
                var group = await DownloadGroupAsync(downloads, source, staging, chunk, result, cancellationToken).ConfigureAwait(false);
                if (inFlight is { } previous)
                {
                    inFlight = null;
                    var handled = await CompleteAsync(source, staging, previous.Files, previous.Handling, result.Taken, result, cancellationToken).ConfigureAwait(false);
                    inFlight = (group, StartHandling(group, handler, cancellationToken));
                    removal.Add(handled);
                }
                else
                {
                    inFlight = (group, StartHandling(group, handler, cancellationToken));
                }
            }
            if (inFlight is { } last)
            {
                inFlight = null;
                removal.Add(await CompleteAsync(source, staging, last.Files, last.Handling, result.Taken, result, cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            if (inFlight is { } abandoned)
            {
                // never return while a handler still runs: its group stays staged (not recorded handled) for the next run
                try
                {
                    await abandoned.Handling.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // the exception that ended the run is the one to report
                }
            }
        }
    }

    /// <summary>
    /// Downloads a group into staging (no fsync per file; spread over the download sessions), makes the copies durable
    /// with one sync, records them taken with one journal write and publishes them under their staged names, in name order.
    /// </summary>
    private async Task<List<GroupFile>> DownloadGroupAsync(IntakeSessions downloads, IntakeSource source, StagingArea staging,
        (FileEntry Entry, IntakeJournalEntry? Known)[] chunk, IntakeRunResult result, CancellationToken cancellationToken)
    {
        var started = IntakeTimings.Start();
        var sizes = await downloads.ForEachAsync(chunk, (session, file) =>
            DownloadToStagingAsync(session, source, staging, file.Entry, KeyOf(source, file.Entry), flushToDisk: false, result, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        var downloaded = new List<(FileEntry Entry, IntakeJournalEntry? Known, IntakeKey Key, long Bytes)>();
        for (var i = 0; i < chunk.Length; i++)
        {
            if (sizes[i] is { } bytes)
            {
                downloaded.Add((chunk[i].Entry, chunk[i].Known, KeyOf(source, chunk[i].Entry), bytes));
            }
        }
        result.Timings.Download += IntakeTimings.Since(started);
        if (downloaded.Count == 0)
        {
            return [];
        }
        started = IntakeTimings.Start();
        staging.Sync();
        result.Timings.StagingSync += IntakeTimings.Since(started);
        started = IntakeTimings.Start();
        var takenAt = _time.GetUtcNow();
        await _journal.RecordTakenAsync([.. downloaded.Where(d => d.Known is null).Select(d => new IntakeJournalEntry(d.Key, staging.StagedPath(d.Key), takenAt, null))],
            cancellationToken).ConfigureAwait(false);
        result.Timings.Journal += IntakeTimings.Since(started);
        var group = new List<GroupFile>(downloaded.Count);
        foreach (var (entry, _, key, bytes) in downloaded)
        {
            staging.Publish(key);
            var stagedPath = staging.StagedPath(key);
            IntakeLog.Taken(_logger, source.Name, entry.Path, bytes, stagedPath);
            group.Add(new GroupFile(entry, key, new IntakeGroupItem(new TakenFile(key, stagedPath), () => staging.OpenStaged(key))));
        }
        result.Timings.Groups++;
        return group;
    }

    private static IntakeGroupItem Item(StagingArea staging, IntakeKey key) => new(new TakenFile(key, staging.StagedPath(key)), () => staging.OpenStaged(key));

    private static Task StartHandling(List<GroupFile> group, IntakeGroupHandler handler, CancellationToken cancellationToken) =>
        group.Count == 0 ? Task.CompletedTask : Task.Run(() => handler([.. group.Select(f => f.Item)], cancellationToken), cancellationToken);

    /// <summary>
    /// Waits for a group's handler; the files it committed are recorded handled (one journal write) and their staged
    /// copies dropped; the others (or all, when it threw) stay staged and at the source. Returns the handled ones.
    /// </summary>
    private async Task<List<GroupFile>> CompleteAsync(IntakeSource source, StagingArea staging, List<GroupFile> group, Task handling, List<TakenFile> into,
        IntakeRunResult result, CancellationToken cancellationToken)
    {
        var started = IntakeTimings.Start();
        try
        {
            await handling.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var file in group)
            {
                file.Item.Failure ??= e.Message;
            }
        }
        result.Timings.HandlerWait += IntakeTimings.Since(started);
        var handled = new List<GroupFile>(group.Count);
        foreach (var file in group)
        {
            if (file.Item.Failure is { } failure)
            {
                IntakeLog.HandlingFailedFor(_logger, source.Name, file.Key.Path, failure);
                result.HandlingFailures.Add((file.Item.File.Name, failure));
            }
            else
            {
                handled.Add(file);
            }
        }
        started = IntakeTimings.Start();
        await _journal.RecordHandledAsync([.. handled.Select(f => f.Key)], _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        result.Timings.Journal += IntakeTimings.Since(started);
        foreach (var file in handled)
        {
            staging.DeleteStaged(file.Key);
            into.Add(file.Item.File);
        }
        return handled;
    }

    /// <summary>Files an earlier run took but did not get to hand over are handed over now from staging, in groups (see <see cref="HandOverInterruptedAsync"/>).</summary>
    private async Task HandOverInterruptedGroupedAsync(IntakeSource source, StagingArea staging, int groupSize, IntakeGroupHandler handler, IntakeRunResult result,
        CancellationToken cancellationToken)
    {
        var recovered = new List<GroupFile>();
        foreach (var entry in (await _journal.ListUnfinishedAsync(source.Name, cancellationToken).ConfigureAwait(false)).OrderBy(e => e.Key.Path, StringComparer.Ordinal))
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
            IntakeLog.Recovered(_logger, source.Name, staging.StagedPath(entry.Key));
            recovered.Add(new GroupFile(null, entry.Key, Item(staging, entry.Key)));
        }
        foreach (var chunk in recovered.Chunk(groupSize))
        {
            List<GroupFile> group = [.. chunk];
            await CompleteAsync(source, staging, group, StartHandling(group, handler, cancellationToken), result.Recovered, result, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A file of a group: its listing entry (null when recovered from staging), key and the item the handler sees.</summary>
    private sealed record GroupFile(FileEntry? Entry, IntakeKey Key, IntakeGroupItem Item);
}

using System.Text;
using System.Text.Json;

namespace Gateway.Transport.Intake;

/// <summary>
/// <see cref="IIntakeJournal"/> in an append-only JSON-lines file: every record is appended and flushed to disk
/// (fsync) before the call returns; opening replays the file. A torn last line (crash mid-append) is ignored.
/// Safe for concurrent use within one process; one process per journal file.
/// </summary>
public sealed class FileIntakeJournal : IIntakeJournal, IDisposable
{
    private const string Handled = "handled";
    private const string Finished = "finished";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly Dictionary<string, IntakeJournalEntry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly FileStream _file;

    public FileIntakeJournal(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        if (File.Exists(Path))
        {
            Replay(File.ReadAllLines(Path));
        }
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // names of partner files: the gateway's user only
        }
        _file = new FileStream(Path, options);
    }

    public string Path { get; }

    public Task<IntakeJournalEntry?> FindAsync(IntakeKey key, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.GetValueOrDefault(key.Value));
        }
    }

    public async Task RecordTakenAsync(IntakeJournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_entries)
        {
            if (_entries.ContainsKey(entry.Key.Value))
            {
                throw new InvalidOperationException($"intake journal: {entry.Key} is already recorded as taken");
            }
        }
        await AppendAsync(new JournalLine("taken", entry.Key.Source, entry.Key.Path, entry.Key.Size,
            entry.Key.LastModified.ToUnixTimeMilliseconds(), entry.StagedPath, entry.TakenAt), cancellationToken).ConfigureAwait(false);
        lock (_entries)
        {
            _entries[entry.Key.Value] = entry;
        }
    }

    /// <summary>Records several taken files with one append and one fsync.</summary>
    public async Task RecordTakenAsync(IReadOnlyList<IntakeJournalEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_entries)
        {
            if (entries.FirstOrDefault(e => _entries.ContainsKey(e.Key.Value)) is { } known)
            {
                throw new InvalidOperationException($"intake journal: {known.Key} is already recorded as taken");
            }
        }
        await AppendAsync([.. entries.Select(e => new JournalLine("taken", e.Key.Source, e.Key.Path, e.Key.Size,
            e.Key.LastModified.ToUnixTimeMilliseconds(), e.StagedPath, e.TakenAt))], cancellationToken).ConfigureAwait(false);
        lock (_entries)
        {
            foreach (var entry in entries)
            {
                _entries[entry.Key.Value] = entry;
            }
        }
    }

    public Task RecordHandledAsync(IntakeKey key, DateTimeOffset handledAt, CancellationToken cancellationToken = default) =>
        RecordEventAsync(Handled, key, handledAt, cancellationToken);

    /// <summary>Records several handled files with one append and one fsync.</summary>
    public Task RecordHandledAsync(IReadOnlyList<IntakeKey> keys, DateTimeOffset handledAt, CancellationToken cancellationToken = default) =>
        RecordEventsAsync(Handled, keys, handledAt, cancellationToken);

    /// <summary>Records several finished after-actions with one append and one fsync.</summary>
    public Task RecordFinishedAsync(IReadOnlyList<IntakeKey> keys, DateTimeOffset finishedAt, CancellationToken cancellationToken = default) =>
        RecordEventsAsync(Finished, keys, finishedAt, cancellationToken);

    public Task RecordFinishedAsync(IntakeKey key, DateTimeOffset finishedAt, CancellationToken cancellationToken = default) =>
        RecordEventAsync(Finished, key, finishedAt, cancellationToken);

    public Task<IReadOnlyList<IntakeJournalEntry>> ListUnfinishedAsync(string source, CancellationToken cancellationToken = default)
    {
        lock (_entries)
        {
            return Task.FromResult<IReadOnlyList<IntakeJournalEntry>>(
                _entries.Values.Where(e => e.Key.Source == source && e.FinishedAt is null).ToList());
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _write.Dispose();
    }

    private Task AppendAsync(JournalLine line, CancellationToken cancellationToken) => AppendAsync([line], cancellationToken);

    private async Task AppendAsync(IReadOnlyList<JournalLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return;
        }
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(JsonSerializer.Serialize(line, Json)).Append('\n');
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _write.Release();
        }
    }

    private async Task RecordEventAsync(string name, IntakeKey key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await AppendAsync(new JournalLine(name, key.Source, key.Path, key.Size, key.LastModified.ToUnixTimeMilliseconds(), null, at), cancellationToken)
            .ConfigureAwait(false);
        lock (_entries)
        {
            Apply(name, key, at);
        }
    }

    private async Task RecordEventsAsync(string name, IReadOnlyList<IntakeKey> keys, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await AppendAsync([.. keys.Select(key => new JournalLine(name, key.Source, key.Path, key.Size, key.LastModified.ToUnixTimeMilliseconds(), null, at))],
            cancellationToken).ConfigureAwait(false);
        lock (_entries)
        {
            foreach (var key in keys)
            {
                Apply(name, key, at);
            }
        }
    }

    /// <summary>A "handled" or "finished" event on a taken entry; a "finished" one of an older journal (before "handled" existed) counts as handled.</summary>
    private void Apply(string name, IntakeKey key, DateTimeOffset at)
    {
        if (_entries.TryGetValue(key.Value, out var entry))
        {
            _entries[key.Value] = name switch
            {
                Handled => entry with { HandledAt = at },
                Finished => entry with { FinishedAt = at, HandledAt = entry.HandledAt ?? at },
                _ => entry,
            };
        }
    }

    private void Replay(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            JournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize<JournalLine>(lines[i], Json);
            }
            catch (JsonException) when (i == lines.Length - 1)
            {
                continue; // torn last line of a crash mid-append: that record never completed
            }
            if (line is null)
            {
                continue;
            }
            var key = new IntakeKey(line.Source, line.Path, line.Size, DateTimeOffset.FromUnixTimeMilliseconds(line.ModifiedUnixMs));
            if (line.Event == "taken")
            {
                _entries[key.Value] = new IntakeJournalEntry(key, line.StagedPath ?? "", line.At, null);
            }
            else
            {
                Apply(line.Event, key, line.At);
            }
        }
    }

    private sealed record JournalLine(string Event, string Source, string Path, long Size, long ModifiedUnixMs, string? StagedPath, DateTimeOffset At);
}

namespace Gateway.Transport.Intake;

/// <summary>
/// Remembers which file versions the intake has taken, durably: a file version once recorded as taken is never taken
/// again, also when the process died before the file was removed at the source; a taken file is removed at the source
/// only once it is recorded as handled. Implementations must make
/// <see cref="RecordTakenAsync(IntakeJournalEntry, CancellationToken)"/> durable before returning. <see cref="FileIntakeJournal"/> keeps it in a local file;
/// the gateway may back it with its database instead.
/// </summary>
public interface IIntakeJournal
{
    Task<IntakeJournalEntry?> FindAsync(IntakeKey key, CancellationToken cancellationToken = default);

    /// <summary>Records a taken file (before it appears under its staged name). Recording the same key twice is an error.</summary>
    Task RecordTakenAsync(IntakeJournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records that the handler committed <paramref name="key"/>'s file: from now on it may leave the source.</summary>
    Task RecordHandledAsync(IntakeKey key, DateTimeOffset handledAt, CancellationToken cancellationToken = default);

    /// <summary>Records that the after-action for <paramref name="key"/> is done (only ever after it was handled).</summary>
    Task RecordFinishedAsync(IntakeKey key, DateTimeOffset finishedAt, CancellationToken cancellationToken = default);

    /// <summary>Records several taken files at once (one durable write where the journal can: a group of the intake).</summary>
    async Task RecordTakenAsync(IReadOnlyList<IntakeJournalEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            await RecordTakenAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records several files as handled at once (see <see cref="RecordHandledAsync(IntakeKey, DateTimeOffset, CancellationToken)"/>).</summary>
    async Task RecordHandledAsync(IReadOnlyList<IntakeKey> keys, DateTimeOffset handledAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await RecordHandledAsync(key, handledAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records several after-actions as done at once (see <see cref="RecordFinishedAsync(IntakeKey, DateTimeOffset, CancellationToken)"/>).</summary>
    async Task RecordFinishedAsync(IReadOnlyList<IntakeKey> keys, DateTimeOffset finishedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await RecordFinishedAsync(key, finishedAt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Entries of <paramref name="source"/> taken but not finished (crash recovery).</summary>
    Task<IReadOnlyList<IntakeJournalEntry>> ListUnfinishedAsync(string source, CancellationToken cancellationToken = default);
}

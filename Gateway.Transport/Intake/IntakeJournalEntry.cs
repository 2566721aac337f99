namespace Gateway.Transport.Intake;

/// <summary>
/// A journalled file: taken into <paramref name="StagedPath"/> at <paramref name="TakenAt"/>; <paramref name="HandledAt"/>
/// is set once the caller's handler committed what the file means (processed, or refused on purpose), and
/// <paramref name="FinishedAt"/> once the after-action (archive or delete at the source) succeeded after that.
/// </summary>
public sealed record IntakeJournalEntry(IntakeKey Key, string StagedPath, DateTimeOffset TakenAt, DateTimeOffset? FinishedAt, DateTimeOffset? HandledAt = null);

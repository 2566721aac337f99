namespace Gateway.Transport.Intake;

/// <summary>
/// A journalled file: taken into <paramref name="StagedPath"/> at <paramref name="TakenAt"/>; <paramref name="FinishedAt"/>
/// is set once the after-action (archive or delete at the source) succeeded.
/// </summary>
public sealed record IntakeJournalEntry(IntakeKey Key, string StagedPath, DateTimeOffset TakenAt, DateTimeOffset? FinishedAt);

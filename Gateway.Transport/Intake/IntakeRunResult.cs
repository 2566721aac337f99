namespace Gateway.Transport.Intake;

/// <summary>What one intake run did, file by file.</summary>
public sealed record IntakeRunResult
{
    /// <summary>Newly taken files, now in staging: hand these to processing.</summary>
    public List<TakenFile> Taken { get; } = [];

    /// <summary>Files an earlier run took but had not moved into staging before it stopped; now in staging.</summary>
    public List<TakenFile> Recovered { get; } = [];

    /// <summary>Files found again that were taken before: only their after-action was (re)done, not processed again.</summary>
    public List<string> AlreadyTaken { get; } = [];

    /// <summary>Names whose size or mtime changed between the listings (still being written): left for a later run.</summary>
    public List<string> Unstable { get; } = [];

    /// <summary>Names that disappeared between listing and download.</summary>
    public List<string> Vanished { get; } = [];

    /// <summary>Names whose after-action failed (the file is taken; the action is retried next run), with the reason.</summary>
    public List<(string Name, string Reason)> AfterActionFailures { get; } = [];
}

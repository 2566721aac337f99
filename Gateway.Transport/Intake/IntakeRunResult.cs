namespace Gateway.Transport.Intake;

/// <summary>What one intake run did, file by file.</summary>
public sealed record IntakeRunResult
{
    /// <summary>Files taken and handled in this run (the handler returned), in the order handled.</summary>
    public List<TakenFile> Taken { get; } = [];

    /// <summary>Files an earlier run took but did not get to hand over (it stopped, or the handler failed); handled now.</summary>
    public List<TakenFile> Recovered { get; } = [];

    /// <summary>Files found again that were handled before: only their after-action was (re)done, not handled again.</summary>
    public List<string> AlreadyTaken { get; } = [];

    /// <summary>Files not taken and left at the source, to be reported: unsafe names, links and special files, too large.</summary>
    public List<IntakeRefusal> Refused { get; } = [];

    /// <summary>Files whose handler failed (with the reason): still staged and at the source; handed over again next run.</summary>
    public List<(string Name, string Reason)> HandlingFailures { get; } = [];

    /// <summary>Names whose size or mtime changed between the listings (still being written): left for a later run.</summary>
    public List<string> Unstable { get; } = [];

    /// <summary>Names that disappeared between listing and download.</summary>
    public List<string> Vanished { get; } = [];

    /// <summary>Names whose after-action failed (the file is taken; the action is retried next run), with the reason.</summary>
    public List<(string Name, string Reason)> AfterActionFailures { get; } = [];

    /// <summary>Where a grouped run spent its time (<see cref="FileIntake.RunGroupedAsync(Files.ITransferFileSystem, IntakeSource, GroupedIntakeOptions, IntakeGroupHandler, CancellationToken)"/>; empty for a run file by file).</summary>
    public IntakeTimings Timings { get; } = new();
}

using Gateway.Transport.Files;

namespace Gateway.Transport.Intake;

/// <summary>
/// How a grouped intake run (<see cref="FileIntake.RunGroupedAsync(ITransferFileSystem, IntakeSource, GroupedIntakeOptions, IntakeGroupHandler, CancellationToken)"/>)
/// spreads its remote work. The run's own session lists the folder and downloads; with <see cref="OpenSession"/> the run
/// may open more sessions to the same place, so that the round trips of one file do not wait for another's: a group's
/// downloads spread over <see cref="DownloadSessions"/>, and handled files are removed at the source over
/// <see cref="RemovalSessions"/> sessions of their own while the next groups download. Without extra sessions the
/// removals still run beside the downloads, over the run's session. A session that cannot be opened (a partner that
/// allows fewer logins) is logged and done without.
/// </summary>
public sealed record GroupedIntakeOptions
{
    /// <summary>Most sessions of each kind a run opens.</summary>
    public const int MaxSessions = 16;

    /// <summary>Files per group: recorded in the journal together and handed to the handler together.</summary>
    public int GroupSize { get; init; } = 100;

    /// <summary>Opens another session to the source (same server, same login); null: all work goes over the run's session.</summary>
    public Func<CancellationToken, Task<ITransferFileSystem>>? OpenSession { get; init; }

    /// <summary>Sessions a group is downloaded over at once, the run's own included (1: the run's session only).</summary>
    public int DownloadSessions { get; init; } = 1;

    /// <summary>Sessions of their own that remove handled files at the source (0: over the run's session, beside the downloads).</summary>
    public int RemovalSessions { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(GroupSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(DownloadSessions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DownloadSessions, MaxSessions);
        ArgumentOutOfRangeException.ThrowIfLessThan(RemovalSessions, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RemovalSessions, MaxSessions);
    }
}

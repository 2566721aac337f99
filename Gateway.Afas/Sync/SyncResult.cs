using Gateway.Core.Pulls;

namespace Gateway.Afas.Sync;

/// <summary>What one connector pull did. <see cref="Status"/> is null when the pull did not run (another one was running).</summary>
public sealed record SyncResult(string Integration, string Connector, SyncMode Mode, long? PullRunId, PullStatus? Status,
    int Rows, int New, int Changed, int Gone, int SkippedInactive, int Uitval, IReadOnlyList<string> NewEmployers, string? Error)
{
    /// <summary>For a failed pull: <see cref="PullFailureKinds"/>.</summary>
    public string? FailureKind { get; init; }

    public static SyncResult NotRun(string integration, string connector, SyncMode mode, string reason) =>
        new(integration, connector, mode, null, null, 0, 0, 0, 0, 0, 0, [], reason);
}

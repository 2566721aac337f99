namespace Gateway.Core.Pulls;

/// <summary>One pull of one connector: when, how it went, what it found.</summary>
public sealed class PullRun
{
    public long Id { get; set; }

    public required string Integration { get; set; }

    public required string Connector { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public PullStatus Status { get; set; }

    /// <summary>A filtered pull (e.g. Mutatiedatum −14 days) sees only part of the data and never reports deletions.</summary>
    public bool Filtered { get; set; }

    public int Rows { get; set; }

    public int New { get; set; }

    public int Changed { get; set; }

    public int Gone { get; set; }

    public int Unchanged { get; set; }

    public int SkippedInactive { get; set; }

    public int Uitval { get; set; }

    /// <summary>Why the pull failed (AFAS message and log reference; never tokens or personal data).</summary>
    public string? Error { get; set; }

    /// <summary>What kind of failure a failed pull was (<see cref="PullFailureKinds"/>: authentication, access denied, timeout, …).</summary>
    public string? FailureKind { get; set; }
}

public enum PullStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>Not applied: it changed more than the mass-change guard allows (<see cref="PendingPull"/>); no state changed.</summary>
    Held = 4,
}

namespace Gateway.Core.Pulls;

/// <summary>
/// A pull the mass-change guard held (<see cref="Integrations.MassChangeOptions"/>): what it would have done, and an
/// admin's decision. Approving lets the next pull of the connector apply however much it changes; rejecting keeps
/// the stored state (a later pull that changes as much is held again).
/// </summary>
public sealed class PendingPull
{
    public long Id { get; set; }

    public required string Integration { get; set; }

    public required string Connector { get; set; }

    /// <summary>The latest held pull run of the connector (a held pull repeated while undecided updates this entry).</summary>
    public long PullRunId { get; set; }

    public DateTime HeldUtc { get; set; }

    /// <summary>Stored records of the connector before the pull.</summary>
    public int Known { get; set; }

    public int New { get; set; }

    public int Changed { get; set; }

    public int Gone { get; set; }

    /// <summary>Why it was held, in words (counts and the limit).</summary>
    public required string Reason { get; set; }

    public PendingPullStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>The admin's reason, or how the entry was closed ("applied by pull run 12", "superseded by pull run 13").</summary>
    public string? Decision { get; set; }
}

public enum PendingPullStatus
{
    /// <summary>Waiting for an admin.</summary>
    Pending = 1,

    /// <summary>Approved: the next pull of the connector is applied whatever it changes.</summary>
    Approved = 2,

    Rejected = 3,

    /// <summary>An approved pull was applied.</summary>
    Applied = 4,

    /// <summary>A later pull within the limits was applied before anyone decided.</summary>
    Superseded = 5,
}

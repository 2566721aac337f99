namespace Gateway.Core.Outages;

/// <summary>
/// An account whose partner cannot be reached (connection refused or lost, time-out, name not resolved, login
/// refused): its delivery and Retourmelding intake are paused and probed with backoff until an attempt gets through.
/// One row per account while the outage lasts; it is removed when the partner answers again. Other nodes and a
/// restarted process read it here, and so can a readiness check.
/// </summary>
public sealed class PartnerOutage
{
    public required string Account { get; set; }

    /// <summary>The first failed attempt of this outage.</summary>
    public DateTime SinceUtc { get; set; }

    public DateTime LastFailureUtc { get; set; }

    /// <summary>Failed attempts in a row (the first one and every failed probe since).</summary>
    public int Failures { get; set; }

    /// <summary>Nothing is tried before this; the first attempt after it is the probe.</summary>
    public DateTime NextProbeUtc { get; set; }

    /// <summary>What the last attempt failed with (server address and the transport's words; no message content).</summary>
    public required string LastError { get; set; }

    /// <summary>The uitval entry that alerts about this outage (stage Connection); closed when the outage ends.</summary>
    public long? AlertId { get; set; }
}

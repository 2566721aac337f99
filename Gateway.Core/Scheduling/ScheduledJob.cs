namespace Gateway.Core.Scheduling;

/// <summary>
/// A scheduled job's persisted progress (a connector's pull per mode, the daily uitval mail): the latest due time a node
/// claimed, and how its last run went. What lets a restarted service see a run that fell due while it was down.
/// </summary>
public sealed class ScheduledJob
{
    /// <summary>E.g. <c>pull:acme:Newdays_Connect_Verzuim_v1:Recent</c>, <c>uitval-report</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The latest due time a node claimed (ran, or is running); a later due time is still to run.</summary>
    public DateTime? LastDueUtc { get; set; }

    public DateTime? LastRunUtc { get; set; }

    /// <summary>How the last run went, in words ("succeeded", "failed: …", "ran on another node").</summary>
    public string? LastOutcome { get; set; }

    /// <summary>The last run was a catch-up of a due time passed while the service was down.</summary>
    public bool LastWasCatchUp { get; set; }

    /// <summary>The host that ran it.</summary>
    public string? LastNode { get; set; }
}

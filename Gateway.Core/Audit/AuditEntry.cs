namespace Gateway.Core.Audit;

/// <summary>One admin action: who, when, what, on what, why. Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string User { get; set; }

    /// <summary>E.g. "account.block", "account.restart.discard", "message.discard", "employer.activate", "uitval.dismiss".</summary>
    public required string Action { get; set; }

    public required string Target { get; set; }

    public string? Reason { get; set; }
}

namespace Gateway.Admin.Data;

/// <summary>A partner account at a glance: blocked or not, and its messages per state (queue depths).</summary>
internal sealed record AccountSummary(
    string Name,
    string Integration,
    string DeliveryKind,
    bool Blocked,
    DateTime? ChangedUtc,
    string? ChangedBy,
    int Held,
    int Queued,
    int Delivered,
    int Acknowledged,
    int Rejected,
    int Failed,
    int Discarded);

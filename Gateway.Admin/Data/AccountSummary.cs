using Gateway.Core.Accounts;

namespace Gateway.Admin.Data;

/// <summary>
/// A partner account at a glance: its role (<c>sending</c> or <c>receiving</c>), blocked or not, and its messages per
/// state (queue depths) — or, for a receiving account, its received files per status (<see cref="Files"/>; <see cref="Held"/>
/// counts held files, and <see cref="DeliveryKind"/> is how files come in: <c>HostedSftp</c> or <c>ExternalSftp</c>).
/// </summary>
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
    int Discarded,
    string Role = "sending",
    ReceivingCounts? Files = null)
{
    public bool IsReceiving => Files is not null;
}

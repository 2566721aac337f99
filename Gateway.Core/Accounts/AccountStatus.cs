namespace Gateway.Core.Accounts;

/// <summary>
/// An account at a glance: blocked or not, and its messages by state — or, for a receiving account, its received
/// files by status (<see cref="Files"/>; <see cref="Held"/> counts the held files).
/// </summary>
public sealed record AccountStatus(string Account, bool Blocked, int Held, int Queued, int Delivered, int Failed,
    AccountRole Role = AccountRole.Sending, ReceivingCounts? Files = null);

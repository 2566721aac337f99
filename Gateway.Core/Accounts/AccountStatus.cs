namespace Gateway.Core.Accounts;

/// <summary>An account at a glance: blocked or not, and its messages by state.</summary>
public sealed record AccountStatus(string Account, bool Blocked, int Held, int Queued, int Delivered, int Failed);

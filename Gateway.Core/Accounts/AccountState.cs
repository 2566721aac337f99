namespace Gateway.Core.Accounts;

/// <summary>The runtime state of a partner account: blocked or not, by whom and since when.</summary>
public sealed class AccountState
{
    public required string Account { get; set; }

    public bool Blocked { get; set; }

    public DateTime? ChangedUtc { get; set; }

    public string? ChangedBy { get; set; }
}

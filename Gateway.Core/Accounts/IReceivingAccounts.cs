using Gateway.Core.Persistence;

namespace Gateway.Core.Accounts;

/// <summary>
/// The receiving role's accounts as account control sees them, declared here so blocking and restarting (CLI, admin)
/// work for both roles without naming the receiving stage: implemented by <c>Gateway.Receiving</c>
/// (<c>ReceivingAccountRole</c>) and registered by its composition root. Without it only sending accounts exist.
/// </summary>
public interface IReceivingAccounts
{
    /// <summary>The configured receiving accounts, by name.</summary>
    IReadOnlyList<ReceivingAccountInfo> Accounts { get; }

    /// <summary>Files per account and status in the receiving register.</summary>
    Task<IReadOnlyDictionary<string, ReceivingCounts>> CountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What a restart does with the files held while <paramref name="account"/> was blocked, inside account control's
    /// transaction on <paramref name="context"/> (which also unblocks the account and writes the audit entries it adds
    /// to <see cref="GatewayDbContext.AuditLog"/>). Process: they stay held and the account's next run applies them in
    /// arrival order. Discard: each is marked discarded (kept for audit), answered with a Retourmelding saying it was not
    /// processed, and audited. Returns how many files were held.
    /// </summary>
    Task<int> RestartAsync(GatewayDbContext context, string account, PendingChoice pending, string user, string? reason, DateTime now,
        CancellationToken cancellationToken);
}

/// <summary>A receiving account: its kind (<c>HostedSftp</c>, <c>ExternalSftp</c>), where its files come from, its hosted login and its initial state.</summary>
public sealed record ReceivingAccountInfo(string Name, string Kind, string Source, string? HostedUser, bool StartsBlocked);

/// <summary>A receiving account's files by status.</summary>
public sealed record ReceivingCounts(int Held, int Waiting, int Processed, int Refused, int Discarded)
{
    public static ReceivingCounts None { get; } = new(0, 0, 0, 0, 0);
}

using Gateway.Core.Audit;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Accounts;

/// <summary>
/// Block and restart processing per partner account, of either role. Blocked sending account: messages are still
/// produced, validated and stored, but held instead of delivered. Blocked receiving account: files are still taken in,
/// interpreted and validated, but held instead of applied. Restart either processes what was held in its original
/// order or discards it (each discard in the audit log; a discarded received file is answered and kept). Every action
/// is audited with the user. A receiving account without a state row has its configured initial state
/// (<see cref="ReceivingAccountInfo.StartsBlocked"/>); the first block or restart stores the state here.
/// </summary>
public sealed class AccountControl(GatewayDatabase database, TimeProvider clock, AccountCatalog? sending = null, IReceivingAccounts? receiving = null)
{
    /// <summary>The role of a configured account, or null when no account has that name.</summary>
    public AccountRole? RoleOf(string account) =>
        sending?.All.Any(a => a.Name == account) == true ? AccountRole.Sending
        : receiving?.Accounts.Any(a => a.Name == account) == true ? AccountRole.Receiving
        : null;

    /// <summary>Every configured account of both roles, ordered by name.</summary>
    public IReadOnlyList<(string Name, AccountRole Role)> Accounts =>
        [.. (sending?.All.Select(a => (a.Name, AccountRole.Sending)) ?? [])
            .Concat(receiving?.Accounts.Select(a => (a.Name, AccountRole.Receiving)) ?? [])
            .OrderBy(a => a.Item1, StringComparer.Ordinal)];

    /// <summary>The receiving account named <paramref name="account"/>, or null.</summary>
    public ReceivingAccountInfo? Receiving(string account) => receiving?.Accounts.FirstOrDefault(a => a.Name == account);

    /// <summary>Files per receiving account and status (empty without the receiving role).</summary>
    public async Task<IReadOnlyDictionary<string, ReceivingCounts>> ReceivingCountsAsync(CancellationToken cancellationToken) =>
        receiving is null ? new Dictionary<string, ReceivingCounts>() : await receiving.CountsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Whether an account is blocked, given its stored state (null: never changed).</summary>
    public bool IsBlocked(string account, AccountState? state) => state?.Blocked ?? Receiving(account)?.StartsBlocked ?? false;

    public async Task BlockAsync(string account, string user, string? reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var state = await StateAsync(context, account, cancellationToken).ConfigureAwait(false);
        state.Blocked = true;
        state.ChangedUtc = now;
        state.ChangedBy = user;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await context.LedgerMessages.Where(m => m.Account == account && m.State == LedgerState.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.State, LedgerState.Held).SetProperty(m => m.StateChangedUtc, now), cancellationToken).ConfigureAwait(false);
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "account.block", Target = account, Reason = reason });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Unblocks the account; what was held is processed in order (<see cref="PendingChoice.Process"/>) or discarded.
    /// Returns how many messages (or received files) were held.
    /// </summary>
    public async Task<int> RestartAsync(string account, PendingChoice pending, string user, string? reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = receiving is not null && RoleOf(account) == AccountRole.Receiving
            ? await receiving.RestartAsync(context, account, pending, user, reason, now, cancellationToken).ConfigureAwait(false)
            : await ReleaseHeldMessagesAsync(context, account, pending, user, reason, now, cancellationToken).ConfigureAwait(false);
        var state = await StateAsync(context, account, cancellationToken).ConfigureAwait(false);
        state.Blocked = false;
        state.ChangedUtc = now;
        state.ChangedBy = user;
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "account.restart." + pending.ToString().ToLowerInvariant(), Target = account, Reason = reason });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>A sending account's held messages: queued again in their original order, or discarded (each audited).</summary>
    private static async Task<int> ReleaseHeldMessagesAsync(GatewayDbContext context, string account, PendingChoice pending, string user, string? reason, DateTime now,
        CancellationToken cancellationToken)
    {
        var held = await context.LedgerMessages.Where(m => m.Account == account && m.State == LedgerState.Held).OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var message in held)
        {
            message.State = pending == PendingChoice.Process ? LedgerState.Queued : LedgerState.Discarded;
            message.StateChangedUtc = now;
            if (pending == PendingChoice.Discard)
            {
                context.AuditLog.Add(DiscardEntry(account, message.Berrefnr, user, reason, now));
            }
        }
        return held.Count;
    }

    /// <summary>The audit entry of one discarded message or received file (target <c>account/Berrefnr</c>).</summary>
    public static AuditEntry DiscardEntry(string account, string? berrefnr, string user, string? reason, DateTime now) =>
        new() { AtUtc = now, User = user, Action = "message.discard", Target = $"{account}/{berrefnr}", Reason = reason ?? "discarded on restart" };

    public async Task<AccountStatus> StatusAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account, cancellationToken).ConfigureAwait(false);
        if (RoleOf(account) == AccountRole.Receiving)
        {
            var files = (await ReceivingCountsAsync(cancellationToken).ConfigureAwait(false)).GetValueOrDefault(account) ?? ReceivingCounts.None;
            return new AccountStatus(account, IsBlocked(account, state), files.Held, 0, 0, 0, AccountRole.Receiving, files);
        }
        var counts = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == account)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken).ConfigureAwait(false);
        return new AccountStatus(account, IsBlocked(account, state), counts.GetValueOrDefault(LedgerState.Held), counts.GetValueOrDefault(LedgerState.Queued),
            counts.GetValueOrDefault(LedgerState.Delivered) + counts.GetValueOrDefault(LedgerState.Acknowledged), counts.GetValueOrDefault(LedgerState.Failed));
    }

    private static async Task<AccountState> StateAsync(GatewayDbContext context, string account, CancellationToken cancellationToken)
    {
        var state = await context.AccountStates.SingleOrDefaultAsync(a => a.Account == account, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = new AccountState { Account = account };
            context.AccountStates.Add(state);
        }
        return state;
    }
}

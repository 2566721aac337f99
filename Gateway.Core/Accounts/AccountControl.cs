using Gateway.Core.Audit;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Accounts;

/// <summary>
/// Block and restart processing per partner account. Blocked: messages are still produced, validated and stored,
/// but held instead of delivered. Restart either releases the held messages in their original order or discards
/// them (each discard in the audit log). Every action is audited with the user.
/// </summary>
public sealed class AccountControl(GatewayDatabase database, TimeProvider clock)
{
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

    /// <summary>Unblocks the account; held messages are released in order (<see cref="PendingChoice.Process"/>) or discarded. Returns how many.</summary>
    public async Task<int> RestartAsync(string account, PendingChoice pending, string user, string? reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await context.LedgerMessages.Where(m => m.Account == account && m.State == LedgerState.Held).OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var message in held)
        {
            message.State = pending == PendingChoice.Process ? LedgerState.Queued : LedgerState.Discarded;
            message.StateChangedUtc = now;
            if (pending == PendingChoice.Discard)
            {
                context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "message.discard", Target = $"{account}/{message.Berrefnr}", Reason = reason ?? "discarded on restart" });
            }
        }
        var state = await StateAsync(context, account, cancellationToken).ConfigureAwait(false);
        state.Blocked = false;
        state.ChangedUtc = now;
        state.ChangedBy = user;
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "account.restart." + pending.ToString().ToLowerInvariant(), Target = account, Reason = reason });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return held.Count;
    }

    public async Task<AccountStatus> StatusAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account, cancellationToken).ConfigureAwait(false);
        var counts = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == account)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken).ConfigureAwait(false);
        return new AccountStatus(account, state?.Blocked ?? false, counts.GetValueOrDefault(LedgerState.Held), counts.GetValueOrDefault(LedgerState.Queued),
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

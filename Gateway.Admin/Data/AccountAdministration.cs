using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Data;

/// <summary>Partner accounts for the admin surface: state and queue depths, detail, block and restart (audited by <see cref="AccountControl"/>).</summary>
internal sealed class AccountAdministration(GatewayDatabase database, AccountCatalog catalog, AccountControl control, ILogger<AccountAdministration> logger)
{
    public PartnerAccountOptions? Find(string name) => catalog.All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var counts = await context.LedgerMessages.AsNoTracking()
            .GroupBy(m => new { m.Account, m.State })
            .Select(g => new { g.Key.Account, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var states = await context.AccountStates.AsNoTracking().ToDictionaryAsync(a => a.Account, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var byAccount = counts.ToLookup(c => c.Account, c => (c.State, c.Count), StringComparer.Ordinal);
        return [.. catalog.All.OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => Summary(a, states.GetValueOrDefault(a.Name), byAccount[a.Name].ToDictionary(c => c.State, c => c.Count)))];
    }

    public async Task<AccountDetail?> DetailAsync(string name, bool masked, int historyTake, CancellationToken cancellationToken)
    {
        var account = Find(name);
        if (account is null)
        {
            return null;
        }
        await using var context = database.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == name, cancellationToken).ConfigureAwait(false);
        var counts = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == name)
            .GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.State, g => g.Count, cancellationToken).ConfigureAwait(false);
        var history = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == name)
            .OrderByDescending(m => m.Id).Take(historyTake).Select(MessageRow.Projection)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var prefix = name + "/";
        var audit = await context.AuditLog.AsNoTracking().Where(a => a.Target == name || a.Target.StartsWith(prefix))
            .OrderByDescending(a => a.Id).Take(50)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AccountDetail(
            Summary(account, state, counts),
            Target(account),
            [.. history.Select(h => h.ToSummary(masked))],
            [.. audit.Select(a => AuditAdministration.ToRecord(a, masked))]);
    }

    public async Task BlockAsync(string name, string user, string? reason, CancellationToken cancellationToken)
    {
        await control.BlockAsync(name, user, reason, cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, "account.block", name);
    }

    /// <summary>Unblocks; returns how many held messages were released or discarded.</summary>
    public async Task<int> RestartAsync(string name, PendingChoice pending, string user, string? reason, CancellationToken cancellationToken)
    {
        var action = "account.restart." + pending.ToString().ToLowerInvariant();
        var count = await control.RestartAsync(name, pending, user, reason, cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, action, name);
        return count;
    }

    private static AccountSummary Summary(PartnerAccountOptions account, AccountState? state, Dictionary<LedgerState, int> counts) => new(
        account.Name,
        account.Integration,
        account.Delivery.Kind.ToString(),
        state?.Blocked ?? false,
        Utc.Of(state?.ChangedUtc),
        state?.ChangedBy,
        counts.GetValueOrDefault(LedgerState.Held),
        counts.GetValueOrDefault(LedgerState.Queued) + counts.GetValueOrDefault(LedgerState.Validated),
        counts.GetValueOrDefault(LedgerState.Delivered),
        counts.GetValueOrDefault(LedgerState.Acknowledged),
        counts.GetValueOrDefault(LedgerState.Rejected),
        counts.GetValueOrDefault(LedgerState.Failed),
        counts.GetValueOrDefault(LedgerState.Discarded));

    private static DeliveryTargetInfo Target(PartnerAccountOptions account)
    {
        var delivery = account.Delivery;
        return delivery.Kind switch
        {
            DeliveryKind.SftpPush => new(delivery.Kind.ToString(), $"sftp://{delivery.Sftp.Username}@{delivery.Sftp.Host}:{delivery.Sftp.Port}{delivery.Sftp.RemoteFolder}",
                string.IsNullOrWhiteSpace(delivery.Sftp.HostKey) ? null : delivery.Sftp.HostKey),
            DeliveryKind.Hosted => new(delivery.Kind.ToString(), "hosted SFTP login " + delivery.Hosted.SystemUser, null),
            _ => new(delivery.Kind.ToString(), delivery.Folder ?? Path.Combine("var", "outbox", account.Name), null),
        };
    }
}

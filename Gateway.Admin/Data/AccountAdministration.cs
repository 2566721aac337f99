using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Data;

/// <summary>
/// Partner accounts of both roles for the admin surface: state and queue depths (or received files), detail, block and
/// restart (audited by <see cref="AccountControl"/>).
/// </summary>
internal sealed class AccountAdministration(GatewayDatabase database, AccountCatalog catalog, AccountControl control, ILogger<AccountAdministration> logger)
{
    public PartnerAccountOptions? Find(string name) => catalog.All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    /// <summary>Whether an account of either role has this name.</summary>
    public bool Exists(string name) => control.RoleOf(name) is not null;

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var counts = await context.LedgerMessages.AsNoTracking()
            .GroupBy(m => new { m.Account, m.State })
            .Select(g => new { g.Key.Account, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var states = await context.AccountStates.AsNoTracking().ToDictionaryAsync(a => a.Account, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var byAccount = counts.ToLookup(c => c.Account, c => (c.State, c.Count), StringComparer.Ordinal);
        var files = await control.ReceivingCountsAsync(cancellationToken).ConfigureAwait(false);
        return [.. control.Accounts.Select(a => a.Role == AccountRole.Receiving
            ? ReceivingSummary(control.Receiving(a.Name)!, states.GetValueOrDefault(a.Name), files.GetValueOrDefault(a.Name) ?? ReceivingCounts.None)
            : Summary(catalog.Get(a.Name), states.GetValueOrDefault(a.Name), byAccount[a.Name].ToDictionary(c => c.State, c => c.Count)))];
    }

    /// <summary>One account's summary (either role), or null when none has the name.</summary>
    public async Task<AccountSummary?> SummaryAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).SingleOrDefault(a => a.Name == name);

    public async Task<AccountDetail?> DetailAsync(string name, bool masked, int historyTake, CancellationToken cancellationToken)
    {
        if (control.Receiving(name) is { } receiving)
        {
            return await ReceivingDetailAsync(receiving, masked, cancellationToken).ConfigureAwait(false);
        }
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
        return new AccountDetail(
            Summary(account, state, counts),
            Target(account),
            [.. history.Select(h => h.ToSummary(masked))],
            await AuditAsync(context, name, masked, cancellationToken).ConfigureAwait(false));
    }

    private async Task<AccountDetail> ReceivingDetailAsync(ReceivingAccountInfo account, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account.Name, cancellationToken).ConfigureAwait(false);
        var files = (await control.ReceivingCountsAsync(cancellationToken).ConfigureAwait(false)).GetValueOrDefault(account.Name) ?? ReceivingCounts.None;
        return new AccountDetail(ReceivingSummary(account, state, files), new DeliveryTargetInfo(account.Kind, account.Source, null), [],
            await AuditAsync(context, account.Name, masked, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyList<AuditRecord>> AuditAsync(GatewayDbContext context, string name, bool masked, CancellationToken cancellationToken)
    {
        var prefix = name + "/";
        var audit = await context.AuditLog.AsNoTracking().Where(a => a.Target == name || a.Target.StartsWith(prefix))
            .OrderByDescending(a => a.Id).Take(50)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. audit.Select(a => AuditAdministration.ToRecord(a, masked))];
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

    private AccountSummary ReceivingSummary(ReceivingAccountInfo account, AccountState? state, ReceivingCounts files) =>
        new(account.Name, "", account.Kind, control.IsBlocked(account.Name, state), Utc.Of(state?.ChangedUtc), state?.ChangedBy,
            files.Held, 0, 0, 0, 0, 0, 0, "receiving", files);

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

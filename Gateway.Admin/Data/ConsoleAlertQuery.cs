using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>Loads the <see cref="ConsoleAlerts"/>: three small queries per page view.</summary>
internal sealed class ConsoleAlertQuery(GatewayDatabase database, AccountControl control)
{
    public async Task<ConsoleAlerts> LoadAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var states = await context.AccountStates.AsNoTracking().ToDictionaryAsync(a => a.Account, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var blocked = control.Accounts.Where(a => control.IsBlocked(a.Name, states.GetValueOrDefault(a.Name))).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
        var pending = await context.PendingPulls.AsNoTracking().CountAsync(p => p.Status == PendingPullStatus.Pending, cancellationToken).ConfigureAwait(false);
        var failed = await context.PullRuns.AsNoTracking()
            .Where(p => p.Status == PullStatus.Failed && p.Id == context.PullRuns.Where(q => q.Integration == p.Integration && q.Connector == p.Connector).Max(q => q.Id))
            .Select(p => new { p.Integration, p.Connector }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ConsoleAlerts(blocked, pending, [.. failed.Select(f => $"{f.Integration} / {f.Connector}").Order(StringComparer.Ordinal)]);
    }
}

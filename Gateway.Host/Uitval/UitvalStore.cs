using Gateway.Host.Audit;
using Gateway.Host.Ledger;
using Gateway.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Uitval;

/// <summary>
/// Uitvalbeheer: list, retry and dismiss failed records, each action audited with the user.
/// Retry of a delivery failure puts the failed message(s) of that case back in the queue (later messages of the case
/// follow in order); retry of an import, transformation or validation failure forgets the record's stored state, so
/// the next pull brings it in as new and converts it again.
/// </summary>
public sealed class UitvalStore(GatewayDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<UitvalEntry>> ListAsync(bool includeClosed, string? integration, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.AsNoTracking()
            .Where(u => (includeClosed || u.Status == UitvalStatus.Open) && (integration == null || u.Integration == integration))
            .OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>False when there is no open entry with that id.</summary>
    public async Task<bool> RetryAsync(long id, string user, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var entry = await context.Uitval.SingleOrDefaultAsync(u => u.Id == id && u.Status == UitvalStatus.Open, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (entry.Stage == UitvalStage.Delivery)
        {
            await context.LedgerMessages
                .Where(m => m.Account == entry.Integration && m.CaseKey == entry.RecordKey && (m.State == LedgerState.Failed || m.State == LedgerState.Rejected))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.State, LedgerState.Queued).SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptUtc, (DateTime?)null).SetProperty(m => m.StateChangedUtc, now), cancellationToken).ConfigureAwait(false);
        }
        else if (entry.RecordKey is not null)
        {
            await context.ConnectorRecords.Where(r => r.Integration == entry.Integration && r.Connector == entry.Connector && r.RecordKey == entry.RecordKey)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        Close(context, entry, UitvalStatus.Resolved, user, "uitval.retry", null, now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> DismissAsync(long id, string user, string reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var entry = await context.Uitval.SingleOrDefaultAsync(u => u.Id == id && u.Status == UitvalStatus.Open, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return false;
        }
        Close(context, entry, UitvalStatus.Dismissed, user, "uitval.dismiss", reason, clock.GetUtcNow().UtcDateTime);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static void Close(GatewayDbContext context, UitvalEntry entry, UitvalStatus status, string user, string action, string? reason, DateTime now)
    {
        entry.Status = status;
        entry.ResolvedUtc = now;
        entry.ResolvedBy = user;
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = action, Target = $"uitval/{entry.Id} {entry.Connector} {entry.RecordKey}", Reason = reason });
    }
}

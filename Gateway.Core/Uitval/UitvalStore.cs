using Gateway.Core.Audit;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval;

/// <summary>
/// Uitvalbeheer: list, retry and dismiss failed records, each action audited with the user.
/// Retry of a delivery failure puts the failed message back in the queue with its attempts reset (held instead when the
/// account is blocked; later messages of the case follow in order); retry of an import, transformation or validation
/// failure forgets the record's stored state, so the next pull brings it in as new and converts it again. The CLI and
/// the admin API both work through here.
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

    public async Task<UitvalActionResult> RetryAsync(long id, string user, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entry = await context.Uitval.SingleOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        if (entry is null || entry.Status != UitvalStatus.Open)
        {
            return NotOpen(id, entry);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        LedgerMessage? message = null;
        string detail;
        if (entry.Stage == UitvalStage.Delivery)
        {
            message = await FailedMessageAsync(context, entry, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                return new(UitvalActionOutcome.Conflict, $"uitval {id} has no failed message to deliver again (already retried, discarded or rejected by the receiver); dismiss it instead");
            }
            var blocked = await context.AccountStates.AnyAsync(a => a.Account == message.Account && a.Blocked, cancellationToken).ConfigureAwait(false);
            message.State = blocked ? LedgerState.Held : LedgerState.Queued;
            message.Attempts = 0;
            message.NextAttemptUtc = null;
            message.StateChangedUtc = now;
            detail = $"message {message.Berrefnr} {(blocked ? "held (account blocked)" : "queued again")}";
        }
        else
        {
            if (entry.RecordKey is not null)
            {
                await context.ConnectorRecords.Where(r => r.Integration == entry.Integration && r.Connector == entry.Connector && r.RecordKey == entry.RecordKey)
                    .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }
            detail = "resolved; the next sync reads the record again";
        }
        Close(context, entry, UitvalStatus.Resolved, user, "uitval.retry", detail, now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new(UitvalActionOutcome.Done, detail, message?.Id, message?.State.ToString());
    }

    public async Task<UitvalActionResult> DismissAsync(long id, string user, string reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var entry = await context.Uitval.SingleOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        if (entry is null || entry.Status != UitvalStatus.Open)
        {
            return NotOpen(id, entry);
        }
        Close(context, entry, UitvalStatus.Dismissed, user, "uitval.dismiss", reason, clock.GetUtcNow().UtcDateTime);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new(UitvalActionOutcome.Done, "dismissed");
    }

    /// <summary>
    /// The failed message a delivery uitval entry is about: same account, type and case; of several, the one whose file
    /// name the reason mentions, else the oldest (it holds the rest of its case).
    /// </summary>
    private static async Task<LedgerMessage?> FailedMessageAsync(GatewayDbContext context, UitvalEntry entry, CancellationToken cancellationToken)
    {
        var candidates = await context.LedgerMessages
            .Where(m => m.Account == entry.Integration && m.MessageType == entry.Connector && m.CaseKey == entry.RecordKey && m.State == LedgerState.Failed)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault(m => entry.Reason.Contains(m.FileName, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
    }

    private static UitvalActionResult NotOpen(long id, UitvalEntry? entry) => entry is null
        ? new(UitvalActionOutcome.NotFound, $"uitval {id} does not exist")
        : new(UitvalActionOutcome.Conflict, $"uitval {id} is {entry.Status.ToString().ToLowerInvariant()} already");

    private static void Close(GatewayDbContext context, UitvalEntry entry, UitvalStatus status, string user, string action, string? reason, DateTime now)
    {
        entry.Status = status;
        entry.ResolvedUtc = now;
        entry.ResolvedBy = user;
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = action, Target = $"uitval/{entry.Id}", Reason = reason });
    }
}

using Gateway.Host.Admin.Masking;
using Gateway.Host.Audit;
using Gateway.Host.Ledger;
using Gateway.Host.Persistence;
using Gateway.Host.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Admin.Data;

/// <summary>
/// Uitvalbeheer: list, retry and dismiss. Retrying delivery uitval puts its failed ledger message back in the queue
/// (attempts reset; held instead when the account is blocked) and resolves the entry; retrying uitval of the other
/// stages resolves it, so the next sync reads the record again and records a new entry if it still fails. Every
/// action commits with its audit entry.
/// </summary>
internal sealed class UitvalAdministration(GatewayDatabase database, TimeProvider clock, ILogger<UitvalAdministration> logger)
{
    public async Task<UitvalPage> ListAsync(UitvalFilter filter, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.Uitval.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(u => u.Status == status);
        }
        if (filter.Stage is { } stage)
        {
            query = query.Where(u => u.Stage == stage);
        }
        if (filter.Integration is { } integration)
        {
            query = query.Where(u => u.Integration == integration);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var entries = await query.OrderByDescending(u => u.Id).Skip(filter.Skip).Take(filter.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new UitvalPage(total, filter.Skip, filter.Take, [.. entries.Select(e => ToRecord(e, masked))]);
    }

    public async Task<IReadOnlyDictionary<UitvalStage, int>> OpenCountsAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open)
            .GroupBy(u => u.Stage).Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken).ConfigureAwait(false);
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
        var target = $"uitval/{id}";
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
            detail = "resolved; the next sync reads the record again";
        }
        Resolve(entry, UitvalStatus.Resolved, user, now);
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "uitval.retry", Target = target, Reason = detail });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, "uitval.retry", target);
        return new(UitvalActionOutcome.Done, detail, message?.Id, message?.State.ToString());
    }

    public async Task<UitvalActionResult> DismissAsync(long id, string user, string reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entry = await context.Uitval.SingleOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        if (entry is null || entry.Status != UitvalStatus.Open)
        {
            return NotOpen(id, entry);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var target = $"uitval/{id}";
        Resolve(entry, UitvalStatus.Dismissed, user, now);
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "uitval.dismiss", Target = target, Reason = reason });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, "uitval.dismiss", target);
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

    private static void Resolve(UitvalEntry entry, UitvalStatus status, string user, DateTime now)
    {
        entry.Status = status;
        entry.ResolvedUtc = now;
        entry.ResolvedBy = user;
    }

    private static UitvalRecord ToRecord(UitvalEntry e, bool masked) => new(
        e.Id, e.Integration, e.Stage.ToString(), e.Connector, PersonalDataMask.Identifier(e.RecordKey, masked), e.Field,
        PersonalDataMask.Text(e.Reason, masked)!, PersonalDataMask.Text(e.SchemaError, masked), e.Status.ToString(),
        Utc.Of(e.CreatedUtc), Utc.Of(e.ResolvedUtc), e.ResolvedBy);
}

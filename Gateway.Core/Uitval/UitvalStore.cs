using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval;

/// <summary>
/// Uitvalbeheer: list, retry and dismiss failed records, each action audited with the user. What a retry does belongs
/// to the stage the record failed in (<see cref="IUitvalRetry"/>): delivery puts the failed message back in the queue,
/// AFAS forgets the record's stored state so the next pull brings it in as new. The CLI and the admin API both work
/// through here.
/// </summary>
public sealed class UitvalStore(GatewayDatabase database, TimeProvider clock, IEnumerable<IUitvalRetry> retries)
{
    public async Task<IReadOnlyList<UitvalEntry>> ListAsync(bool includeClosed, string? integration, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.AsNoTracking()
            .Where(u => (includeClosed || u.Status == UitvalStatus.Open) && (integration == null || u.Integration == integration || u.Account == integration))
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
        if (retries.FirstOrDefault(r => r.Handles(entry)) is not { } retry)
        {
            return new(UitvalActionOutcome.Conflict, $"uitval {id} is of stage {entry.Stage}, which nothing here can retry; dismiss it instead");
        }
        var outcome = await retry.RetryAsync(context, entry, now, cancellationToken).ConfigureAwait(false);
        if (!outcome.Done)
        {
            return new(UitvalActionOutcome.Conflict, $"uitval {id} {outcome.Detail}");
        }
        var detail = outcome.Detail;
        // the stage acts on it (delivery, conversion) even though the admin's retry closes the entry now
        entry.RetryRequestedUtc = now;
        Close(context, entry, UitvalStatus.Resolved, user, "uitval.retry", detail, now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new(UitvalActionOutcome.Done, detail, outcome.MessageId, outcome.MessageState);
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

    private static UitvalActionResult NotOpen(long id, UitvalEntry? entry) => entry is null
        ? new(UitvalActionOutcome.NotFound, $"uitval {id} does not exist")
        : new(UitvalActionOutcome.Conflict, $"uitval {id} is {entry.Status.ToString().ToLowerInvariant()} already");

    private static void Close(GatewayDbContext context, UitvalEntry entry, UitvalStatus status, string user, string action, string? reason, DateTime now)
    {
        entry.Status = status;
        entry.ResolvedUtc = now;
        entry.ResolvedBy = user;
        entry.Resolution = $"{(status == UitvalStatus.Resolved ? "retried" : "dismissed")} by {user}: {reason}";
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = action, Target = $"uitval/{entry.Id}", Reason = reason });
    }
}

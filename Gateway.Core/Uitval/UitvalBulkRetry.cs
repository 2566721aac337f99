using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Uitval;

/// <summary>
/// Retries every open uitval entry a <see cref="UitvalSelection"/> takes — after a partner outage the old way, or a
/// mapping fix — oldest first, each through <see cref="UitvalStore.RetryAsync"/> (the stage's own retry, in its own
/// transaction and with its own audit entry), then records the bulk action itself in the audit log: who, when, the
/// filter and the counts. The CLI and the admin API both work through here.
/// </summary>
public sealed class UitvalBulkRetry(GatewayDatabase database, UitvalStore store, TimeProvider clock)
{
    public const string AuditAction = "uitval.retry.bulk";

    /// <exception cref="ArgumentException">The selection has no filter at all.</exception>
    public async Task<UitvalBulkRetryResult> RetryAsync(UitvalSelection selection, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.IsEmpty)
        {
            throw new ArgumentException("a bulk retry needs a filter: account, stage, reason, since or until", nameof(selection));
        }
        List<long> ids;
        await using (var context = database.CreateContext())
        {
            ids = await selection.Apply(context.Uitval.AsNoTracking()).Select(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        var notRetried = new List<UitvalBulkRetryResult.Skipped>();
        foreach (var id in ids)
        {
            var result = await store.RetryAsync(id, user, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != UitvalActionOutcome.Done)
            {
                notRetried.Add(new(id, result.Detail));
            }
        }
        var outcome = new UitvalBulkRetryResult(selection.Describe(), ids.Count, ids.Count - notRetried.Count, notRetried);
        await using (var context = database.CreateContext())
        {
            context.AuditLog.Add(new AuditEntry
            {
                AtUtc = clock.GetUtcNow().UtcDateTime,
                User = user,
                Action = AuditAction,
                Target = "uitval",
                Reason = PersonalDataScrubber.Scrub($"{outcome.Filter}: {outcome.Matched} matched, {outcome.Retried} retried, {notRetried.Count} not retried", 1000),
            });
            await context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }
        return outcome;
    }
}

/// <summary>What a bulk retry did: how many open entries the filter matched, how many were retried, and why the others were not.</summary>
public sealed record UitvalBulkRetryResult(string Filter, int Matched, int Retried, IReadOnlyList<UitvalBulkRetryResult.Skipped> NotRetried)
{
    public sealed record Skipped(long Id, string Detail);
}

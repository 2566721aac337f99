using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Pulls;

/// <summary>
/// The pulls the mass-change guard held (<see cref="PendingPull"/>): the pull records them, an admin approves or
/// rejects them (audited as <c>pull.approve</c>, <c>pull.reject</c>), and the next pull consumes an approval.
/// </summary>
public sealed class PendingPullStore(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>Undecided and approved-but-not-applied pulls, newest first; with <paramref name="all"/> every one.</summary>
    public async Task<IReadOnlyList<PendingPull>> ListAsync(bool all, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.PendingPulls.AsNoTracking()
            .Where(p => all || p.Status == PendingPullStatus.Pending || p.Status == PendingPullStatus.Approved)
            .OrderByDescending(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The approval the next pull of a connector may use, if an admin gave one.</summary>
    public async Task<long?> ApprovalAsync(string integration, string connector, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.PendingPulls.AsNoTracking()
            .Where(p => p.Integration == integration && p.Connector == connector && p.Status == PendingPullStatus.Approved)
            .OrderByDescending(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a held pull: a new pending pull, or the connector's undecided one brought up to date.</summary>
    public async Task<PendingPull> HoldAsync(PendingPull held, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var open = await context.PendingPulls
            .Where(p => p.Integration == held.Integration && p.Connector == held.Connector && p.Status == PendingPullStatus.Pending)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            held.Status = PendingPullStatus.Pending;
            context.PendingPulls.Add(held);
            open = held;
        }
        else
        {
            (open.PullRunId, open.HeldUtc, open.Known, open.New, open.Changed, open.Gone, open.Reason) =
                (held.PullRunId, held.HeldUtc, held.Known, held.New, held.Changed, held.Gone, held.Reason);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return open;
    }

    /// <summary>
    /// A pull of the connector was applied: an approval it used becomes applied, undecided pulls are superseded
    /// (what they would have done is no longer what AFAS holds).
    /// </summary>
    public async Task CloseAsync(string integration, string connector, long pullRunId, long? approval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var open = await context.PendingPulls
            .Where(p => p.Integration == integration && p.Connector == connector
                && (p.Status == PendingPullStatus.Pending || p.Status == PendingPullStatus.Approved))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var pending in open)
        {
            var applied = pending.Id == approval;
            pending.Status = applied ? PendingPullStatus.Applied : PendingPullStatus.Superseded;
            pending.Decision = (applied ? "applied by pull run " : "superseded by pull run ") + pullRunId;
            pending.DecidedUtc ??= now;
            pending.DecidedBy ??= "sync";
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An admin's decision on an undecided pull; null when there is no such undecided pull.</summary>
    public async Task<PendingPull?> DecideAsync(long id, bool approve, string user, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var pending = await context.PendingPulls.SingleOrDefaultAsync(p => p.Id == id && p.Status == PendingPullStatus.Pending, cancellationToken).ConfigureAwait(false);
        if (pending is null)
        {
            return null;
        }
        pending.Status = approve ? PendingPullStatus.Approved : PendingPullStatus.Rejected;
        pending.DecidedBy = user;
        pending.DecidedUtc = now;
        pending.Decision = reason;
        context.AuditLog.Add(new AuditEntry
        {
            AtUtc = now,
            User = user,
            Action = approve ? "pull.approve" : "pull.reject",
            Target = $"pull/{pending.Integration}/{pending.Connector}/{pending.Id}",
            Reason = $"{pending.Reason}{(string.IsNullOrWhiteSpace(reason) ? "" : "; " + reason)}",
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}

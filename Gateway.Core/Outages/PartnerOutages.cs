using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Core.Outages;

/// <summary>
/// Partner outages, kept in the database so every node and a restarted process see the same state. The first
/// transport-level failure of an account (delivery or Retourmelding intake) starts an outage: the account is paused,
/// one alert is raised — an uitval entry of stage <see cref="UitvalStage.Connection"/>, an audit entry and a log
/// event — and probes follow with backoff (<see cref="OutageProbeOptions"/>). Each failed probe only pushes the next
/// one back. The first attempt that gets through ends it: the row is removed and the alert closed. Messages are never
/// failed for an outage, so nothing needs a retry afterwards.
/// </summary>
public sealed class PartnerOutages(GatewayDatabase database, TimeProvider clock, OutageProbeOptions probes, ILogger<PartnerOutages> logger)
{
    /// <summary>Who closes an alert and writes the audit entries of outages.</summary>
    public const string SystemUser = "gateway";

    /// <summary>The account's outage, or null when its partner is not known to be unreachable.</summary>
    public async Task<PartnerOutage?> FindAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.PartnerOutages.AsNoTracking().SingleOrDefaultAsync(o => o.Account == account, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every current outage, oldest first (for readiness and the admin surface).</summary>
    public async Task<IReadOnlyList<PartnerOutage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.PartnerOutages.AsNoTracking().OrderBy(o => o.SinceUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the account is paused now: it has an outage whose next probe is not due yet.</summary>
    public bool IsPaused(PartnerOutage? outage) => outage is not null && outage.NextProbeUtc > clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// An attempt to reach the partner of <paramref name="account"/> failed at transport level while doing
    /// <paramref name="activity"/> ("delivery", "Retourmeldingen"): starts the outage with its alert, or counts one
    /// more failed probe and schedules the next.
    /// </summary>
    public async Task<PartnerOutage> RecordFailureAsync(string account, string activity, string error, CancellationToken cancellationToken)
    {
        var text = PersonalDataScrubber.Scrub(error, 2000);
        try
        {
            return await RecordAsync(account, activity, text, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // another worker or node started the same outage at the same moment: count this failure on theirs
            return await RecordAsync(account, activity, text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The partner of <paramref name="account"/> answered (a delivery or an intake run got through): ends its outage,
    /// if any, and closes the alert. Returns whether there was one.
    /// </summary>
    public async Task<bool> RecordReachableAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var outage = await context.PartnerOutages.SingleOrDefaultAsync(o => o.Account == account, cancellationToken).ConfigureAwait(false);
        if (outage is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var alert = outage.AlertId is { } id ? await context.Uitval.SingleOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false) : null;
        if (alert is { Status: UitvalStatus.Open })
        {
            alert.Status = UitvalStatus.Resolved;
            alert.ResolvedUtc = now;
            alert.ResolvedBy = SystemUser;
        }
        context.PartnerOutages.Remove(outage);
        context.AuditLog.Add(new AuditEntry
        {
            AtUtc = now,
            User = SystemUser,
            Action = "account.reachable",
            Target = account,
            Reason = $"partner answered again; unreachable since {outage.SinceUtc:yyyy-MM-dd HH:mm:ss} UTC, {outage.Failures} failed attempts",
        });
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // another worker or node ended it first
        }
        OutageLog.Ended(logger, account, (now - outage.SinceUtc).TotalMinutes, outage.Failures, outage.AlertId);
        return true;
    }

    private async Task<PartnerOutage> RecordAsync(string account, string activity, string error, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var outage = await context.PartnerOutages.SingleOrDefaultAsync(o => o.Account == account, cancellationToken).ConfigureAwait(false);
        if (outage is not null)
        {
            outage.Failures++;
            outage.LastFailureUtc = now;
            outage.LastError = error;
            outage.NextProbeUtc = probes.NextProbe(outage.Failures, now);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            OutageLog.StillDown(logger, account, outage.Failures, activity, error, outage.NextProbeUtc);
            return outage;
        }
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var alert = new UitvalEntry
        {
            Account = account,
            Stage = UitvalStage.Connection,
            Connector = activity,
            Reason = $"partner unreachable: {error}. Deliveries and Retourmeldingen of {account} are paused and probed with backoff; " +
                     "no message fails for this, and this entry closes by itself when the partner answers again",
            Status = UitvalStatus.Open,
            CreatedUtc = now,
        };
        context.Uitval.Add(alert);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        outage = new PartnerOutage
        {
            Account = account,
            SinceUtc = now,
            LastFailureUtc = now,
            Failures = 1,
            NextProbeUtc = probes.NextProbe(1, now),
            LastError = error,
            AlertId = alert.Id,
        };
        context.PartnerOutages.Add(outage);
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = SystemUser, Action = "account.unreachable", Target = account, Reason = error });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        OutageLog.Started(logger, account, activity, error, outage.NextProbeUtc, alert.Id);
        return outage;
    }
}

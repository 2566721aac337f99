using System.Security.Cryptography;
using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Ledger;

/// <summary>
/// Retention of message bodies (BSN, IBAN, medical facts): a body is purged once its account's
/// <see cref="PartnerAccountOptions.RetainBodiesFor"/> has passed since delivery (or the Retourmelding, when later; for a
/// discarded message since it was discarded). The ledger row stays with the body's SHA-256 and the purge time, and the
/// purge is audited per account (<c>message.purge</c>). Queued, held and failed messages are never purged. A dry run
/// counts what would go and changes nothing.
/// </summary>
public sealed class LedgerRetention(GatewayDatabase database, AccountCatalog accounts, TimeProvider clock)
{
    private const int Batch = 200;

    public async Task<IReadOnlyList<RetentionCount>> RunAsync(bool dryRun, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new List<RetentionCount>();
        foreach (var account in accounts.All.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var cutoff = now - account.RetainBodiesFor;
            await using var context = database.CreateContext();
            var due = Due(context, account.Name, cutoff);
            var count = await due.CountAsync(cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                continue;
            }
            var oldest = await due.MinAsync(m => m.CreatedUtc, cancellationToken).ConfigureAwait(false);
            counts.Add(new RetentionCount(account.Name, count, oldest, cutoff));
            if (!dryRun)
            {
                await PurgeAsync(account.Name, cutoff, now, cancellationToken).ConfigureAwait(false);
                context.AuditLog.Add(new AuditEntry
                {
                    AtUtc = now,
                    User = user,
                    Action = "message.purge",
                    Target = "account/" + account.Name,
                    Reason = $"{count} message bodies delivered, answered or discarded before {cutoff:u} (retention {account.RetainBodiesFor.TotalDays:0} days); rows and SHA-256 kept",
                });
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return counts;
    }

    private async Task PurgeAsync(string account, DateTime cutoff, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var context = database.CreateContext();
            var batch = await Due(context, account, cutoff).OrderBy(m => m.Id).Take(Batch).AsTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return;
            }
            foreach (var message in batch)
            {
                message.BodySha256 = Convert.ToHexStringLower(SHA256.HashData(BodyCompression.Decompress(message.Body, message.BodyLength)));
                message.Body = [];
                message.BodyPurgedUtc = now;
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IQueryable<LedgerMessage> Due(GatewayDbContext context, string account, DateTime cutoff) =>
        context.LedgerMessages.Where(m => m.Account == account && m.BodyPurgedUtc == null
            && (((m.State == LedgerState.Delivered || m.State == LedgerState.Acknowledged || m.State == LedgerState.Rejected)
                    && m.DeliveredUtc != null && m.DeliveredUtc <= cutoff && (m.AcknowledgedUtc == null || m.AcknowledgedUtc <= cutoff))
                || (m.State == LedgerState.Discarded && m.StateChangedUtc <= cutoff)));
}

/// <summary>What retention purged (or, in a dry run, would purge) for one account.</summary>
public sealed record RetentionCount(string Account, int Messages, DateTime OldestCreatedUtc, DateTime CutoffUtc);

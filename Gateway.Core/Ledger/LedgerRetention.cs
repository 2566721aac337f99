using System.Security.Cryptography;
using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Incoming;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Ledger;

/// <summary>
/// Retention of message bodies (BSN, IBAN, medical facts): a body is purged once its account's
/// <see cref="PartnerAccountOptions.RetainBodiesFor"/> has passed since delivery (or the Retourmelding, when later; for a
/// discarded message since it was discarded). The ledger row stays with the body's SHA-256 and the purge time, and the
/// purge is audited per account (<c>message.purge</c>). Queued, held and failed messages are never purged. Stored
/// documents go by the same period (<see cref="DocumentRetention"/>, audited as <c>document.purge</c>). A dry run
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
            var messages = await due.CountAsync(cancellationToken).ConfigureAwait(false);
            var documents = DocumentRetention.Due(context, account.Name, cutoff);
            var documentCount = await documents.CountAsync(cancellationToken).ConfigureAwait(false);
            if (messages == 0 && documentCount == 0)
            {
                continue;
            }
            var oldest = messages > 0
                ? await due.MinAsync(m => m.CreatedUtc, cancellationToken).ConfigureAwait(false)
                : await documents.MinAsync(i => i.ReceivedUtc, cancellationToken).ConfigureAwait(false);
            counts.Add(new RetentionCount(account.Name, messages, oldest, cutoff) { Documents = documentCount });
            if (dryRun)
            {
                continue;
            }
            var retention = $"retention {account.RetainBodiesFor.TotalDays:0} days";
            if (messages > 0)
            {
                await PurgeAsync(account.Name, cutoff, now, cancellationToken).ConfigureAwait(false);
                context.AuditLog.Add(new AuditEntry
                {
                    AtUtc = now,
                    User = user,
                    Action = "message.purge",
                    Target = "account/" + account.Name,
                    Reason = $"{messages} message bodies delivered, answered or discarded before {cutoff:u} ({retention}); rows and SHA-256 kept",
                });
            }
            if (documentCount > 0)
            {
                await DocumentRetention.PurgeAsync(database, account.Name, cutoff, cancellationToken).ConfigureAwait(false);
                context.AuditLog.Add(new AuditEntry
                {
                    AtUtc = now,
                    User = user,
                    Action = "document.purge",
                    Target = "account/" + account.Name,
                    Reason = $"{documentCount} stored documents and afspraken delivered into AFAS (or kept) before {cutoff:u} ({retention}); rows, SHA-256 and dossier item ids kept",
                });
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
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

/// <summary>What retention purged (or, in a dry run, would purge) for one account: message bodies and stored documents.</summary>
public sealed record RetentionCount(string Account, int Messages, DateTime OldestCreatedUtc, DateTime CutoffUtc)
{
    public int Documents { get; init; }
}

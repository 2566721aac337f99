using System.Security.Cryptography;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Incoming;

/// <summary>
/// Retention of stored documents (Documenten an arbodienst sent, issue 18): once the account's retention has passed
/// since a document reached AFAS as a dossier item (or since it arrived, for an account that keeps documents without
/// delivering them), its bytes and its description (possibly medical) are removed. The row stays with the file name,
/// type, size, SHA-256 and the AFAS dossier item id, so what was received and delivered can still be shown. A document
/// still on its way into AFAS (pending, or failed as uitval) keeps its bytes: retrying it needs them. Afspraken go the
/// same way: their text (the description, which may be medical) is removed, the rest of the row stays. Part of the
/// retention job (<see cref="Ledger.LedgerRetention"/>).
/// </summary>
internal static class DocumentRetention
{
    private const int Batch = 100;

    public static IQueryable<IncomingItem> Due(GatewayDbContext context, string account, DateTime cutoff) =>
        context.IncomingItems.Where(i => i.Account == account
            && ((i.Kind == IncomingItemKind.Document && i.Content != null) || (i.Kind == IncomingItemKind.Afspraak && i.Description != null))
            && ((i.DossierState == DossierState.Delivered && i.DeliveredUtc != null && i.DeliveredUtc <= cutoff)
                || (i.DossierState == DossierState.Stored && i.ReceivedUtc <= cutoff)));

    public static async Task PurgeAsync(GatewayDatabase database, string account, DateTime cutoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var context = database.CreateContext();
            var batch = await Due(context, account, cutoff).OrderBy(i => i.Id).Take(Batch).AsTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return;
            }
            foreach (var item in batch)
            {
                if (item.Content is { } content)
                {
                    item.Sha256 ??= Convert.ToHexStringLower(SHA256.HashData(content));
                }
                item.Content = null;
                item.Description = null;
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

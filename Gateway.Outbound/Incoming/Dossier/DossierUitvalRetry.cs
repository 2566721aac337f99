using Gateway.Afas.Dossier;
using Gateway.Core.Incoming;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Incoming.Dossier;

/// <summary>
/// Retrying a dossier item AFAS refused (KnSubject uitval, <see cref="DossierDelivery"/>): the stored document or
/// afspraak goes back to pending with its attempts reset, and the next delivery run posts it to AFAS again. Told apart
/// from a ledger message's delivery failure (same stage) by its connector, <see cref="KnSubjectClient.ConnectorId"/>.
/// Only an admin retries these: no AFAS pull brings a dossier item back.
/// </summary>
public sealed class DossierUitvalRetry : IUitvalRetry
{
    public IReadOnlyCollection<UitvalStage> Stages { get; } = [UitvalStage.Delivery];

    public bool Handles(UitvalEntry entry) => entry.Stage == UitvalStage.Delivery && entry.Connector == KnSubjectClient.ConnectorId;

    public string? StreamOf(UitvalEntry entry) => null;

    public async Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken)
    {
        var item = await FailedItemAsync(context, entry, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return new(false, "has no failed dossier item to post again (already retried or delivered); dismiss it instead");
        }
        if (item.Kind == IncomingItemKind.Document && item.Content is null)
        {
            return new(false, $"document {item.ItemId} has no stored bytes any more (retention); dismiss it instead");
        }
        item.DossierState = DossierState.Pending;
        item.Attempts = 0;
        item.NextAttemptUtc = null;
        item.LastError = null;
        return new(true, $"{item.Kind.ToString().ToLowerInvariant()} {item.ItemId} of {item.Berrefnr} posted to AFAS again at the next delivery run");
    }

    /// <summary>The item an entry names (<c>Berrefnr/ItemId</c>, of the entry's account when it has one), when it failed.</summary>
    private static async Task<IncomingItem?> FailedItemAsync(GatewayDbContext context, UitvalEntry entry, CancellationToken cancellationToken)
    {
        var split = entry.RecordKey?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (split <= 0)
        {
            return null;
        }
        var (berrefnr, itemId) = (entry.RecordKey![..split], entry.RecordKey[(split + 1)..]);
        var items = context.IncomingItems.Where(i => i.Berrefnr == berrefnr && i.ItemId == itemId && i.DossierState == DossierState.Failed);
        if (entry.Account is { } account)
        {
            items = items.Where(i => i.Account == account);
        }
        return await items.OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}

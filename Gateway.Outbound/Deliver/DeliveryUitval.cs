using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Delivery uitval of one account, in the dispatcher's context: a message that fails for good raises (or, when its
/// case has an open entry, updates) delivery uitval of the account; a message delivered after its entry was tried
/// again (the scheduled sync's retry) closes that entry.
/// </summary>
internal sealed class DeliveryUitval
{
    private readonly Dictionary<(string Type, string Case), UitvalEntry> _retried;

    private DeliveryUitval(Dictionary<(string Type, string Case), UitvalEntry> retried) => _retried = retried;

    public static async Task<DeliveryUitval> LoadAsync(GatewayDbContext context, string account, CancellationToken cancellationToken)
    {
        var retried = await context.Uitval
            .Where(u => u.Account == account && u.Stage == UitvalStage.Delivery && u.Status == UitvalStatus.Open && u.RetryRequestedUtc != null && u.RecordKey != null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCase = new Dictionary<(string, string), UitvalEntry>();
        foreach (var entry in retried)
        {
            byCase.TryAdd((entry.Connector, entry.RecordKey!), entry);
        }
        return new DeliveryUitval(byCase);
    }

    /// <summary>The message reached the receiver: an entry of its case being retried is resolved.</summary>
    public void Delivered(GatewayDbContext context, LedgerMessage message, DateTime now)
    {
        if (_retried.Count > 0 && _retried.Remove((message.MessageType, message.CaseKey), out var entry))
        {
            UitvalRecords.Resolve(context, entry, UitvalRecords.SyncResolution(entry.RetryRequestedUtc!.Value), now);
        }
    }

    /// <summary>The message failed for good: delivery uitval of its account, or the new reason on its case's open entry.</summary>
    public async Task FailedAsync(GatewayDbContext context, LedgerMessage message, string integration, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var failure = new UitvalEntry
        {
            Integration = integration,
            Account = message.Account,
            Stage = UitvalStage.Delivery,
            Connector = message.MessageType,
            RecordKey = message.CaseKey,
            Reason = reason,
            Status = UitvalStatus.Open,
            CreatedUtc = now,
        };
        var open = await context.Uitval
            .Where(u => u.Account == message.Account && u.Stage == UitvalStage.Delivery && u.Status == UitvalStatus.Open
                && u.Connector == message.MessageType && u.RecordKey == message.CaseKey)
            .OrderBy(u => u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (open is null)
        {
            context.Uitval.Add(failure);
            return;
        }
        _retried.Remove((message.MessageType, message.CaseKey));
        UitvalRecords.FailedAgain(context, open, failure, now);
    }
}

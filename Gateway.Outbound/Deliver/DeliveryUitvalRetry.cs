using Gateway.Afas.Dossier;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert.Profile;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Retrying a delivery failure puts the failed message back in the queue with its attempts reset (held instead when the
/// account is blocked); later messages of its case follow in order.
/// </summary>
public sealed class DeliveryUitvalRetry : IUitvalRetry
{
    public IReadOnlyCollection<UitvalStage> Stages { get; } = [UitvalStage.Delivery];

    /// <summary>Delivery failures of ledger messages; a dossier item AFAS refused is <see cref="Incoming.Dossier.DossierUitvalRetry"/>'s.</summary>
    public bool Handles(UitvalEntry entry) => entry.Stage == UitvalStage.Delivery && entry.Connector != KnSubjectClient.ConnectorId;

    public async Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken)
    {
        var message = await FailedMessageAsync(context, entry, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return new(false, "has no failed message to deliver again (already retried, discarded or rejected by the receiver); dismiss it instead");
        }
        var blocked = await context.AccountStates.AnyAsync(a => a.Account == message.Account && a.Blocked, cancellationToken).ConfigureAwait(false);
        message.State = blocked ? LedgerState.Held : LedgerState.Queued;
        message.Attempts = 0;
        message.NextAttemptUtc = null;
        message.StateChangedUtc = now;
        return new(true, $"message {message.Berrefnr} {(blocked ? "held (account blocked)" : "queued again")}", message.Id, message.State.ToString());
    }

    /// <summary>
    /// The data stream whose scheduled full sync retries a failed delivery: the connector its message type is made from
    /// (Verzuimmeldingen: Verzuim, which is not retried by itself by default); an answer nobody could place
    /// (Retourmelding1) is never retried by itself.
    /// </summary>
    public string? StreamOf(UitvalEntry entry) => entry.Connector switch
    {
        SiviMessageTypes.WerkgeversGegevens => AfasConnectorIds.Werkgevers,
        SiviMessageTypes.Dienstverbanden or SiviMessageTypes.WerknemersGegevens => AfasConnectorIds.MedewerkerGegevens,
        SiviMessageTypes.Verzuimmeldingen => AfasConnectorIds.Verzuim,
        _ => null,
    };

    /// <summary>
    /// The failed message a delivery uitval entry is about: same account, type and case; of several, the one whose file
    /// name the reason mentions, else the oldest (it holds the rest of its case).
    /// </summary>
    private static async Task<LedgerMessage?> FailedMessageAsync(GatewayDbContext context, UitvalEntry entry, CancellationToken cancellationToken)
    {
        var candidates = await context.LedgerMessages
            .Where(m => m.Account == (entry.Account ?? entry.Integration) && m.MessageType == entry.Connector && m.CaseKey == entry.RecordKey && m.State == LedgerState.Failed)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault(m => entry.Reason.Contains(m.FileName, StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
    }
}

using Gateway.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Ledger;

/// <summary>
/// Adds validated messages to the ledger inside the caller's unit of work (so a message, its source mutation being
/// marked processed and its event commit together): queued, or held when the account is blocked.
/// </summary>
public static class LedgerWriter
{
    public static async Task<LedgerMessage> AddAsync(GatewayDbContext context, NewLedgerMessage message, DateTime now, CancellationToken cancellationToken)
    {
        var blocked = await context.AccountStates.AsNoTracking()
            .AnyAsync(a => a.Account == message.Account && a.Blocked, cancellationToken).ConfigureAwait(false);
        var entry = new LedgerMessage
        {
            MessageId = Guid.CreateVersion7(),
            Account = message.Account,
            MessageType = message.MessageType,
            Release = message.Release,
            CaseKey = message.CaseKey,
            Berrefnr = message.Berrefnr,
            FileName = message.FileName,
            State = blocked ? LedgerState.Held : LedgerState.Queued,
            Body = BodyCompression.Compress(message.Body.Span),
            BodyLength = message.Body.Length,
            SourceMutationId = message.SourceMutationId,
            CreatedUtc = now,
            StateChangedUtc = now,
        };
        context.LedgerMessages.Add(entry);
        OutboxWriter.Add(context, new Bus.Contracts.SiviMessageValidated(entry.MessageId, entry.Account, entry.MessageType, entry.Release, entry.CaseKey), now);
        return entry;
    }
}

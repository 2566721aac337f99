using Gateway.Core.Ledger;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Ledger;

/// <summary>
/// Adds validated messages to the ledger inside the caller's unit of work (so a message, its source mutation being
/// marked processed and its event commit together): queued, or held when the account is blocked.
/// </summary>
public static class LedgerWriter
{
    public static async Task<LedgerMessage> AddAsync(GatewayDbContext context, NewLedgerMessage message, DateTime now, CancellationToken cancellationToken) =>
        Add(context, message, await IsBlockedAsync(context, message.Account, cancellationToken).ConfigureAwait(false), now);

    /// <summary>Adds a batch for one account, looking at the account's state once.</summary>
    public static async Task AddAllAsync(GatewayDbContext context, string account, IEnumerable<NewLedgerMessage> messages, DateTime now, CancellationToken cancellationToken)
    {
        var blocked = await IsBlockedAsync(context, account, cancellationToken).ConfigureAwait(false);
        foreach (var message in messages)
        {
            if (message.Account != account)
            {
                throw new ArgumentException($"message {message.Berrefnr} is for account {message.Account}, not {account}", nameof(messages));
            }
            Add(context, message, blocked, now);
        }
    }

    private static Task<bool> IsBlockedAsync(GatewayDbContext context, string account, CancellationToken cancellationToken) =>
        context.AccountStates.AsNoTracking().AnyAsync(a => a.Account == account && a.Blocked, cancellationToken);

    private static LedgerMessage Add(GatewayDbContext context, NewLedgerMessage message, bool blocked, DateTime now)
    {
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
        OutboxWriter.Add(context, new Contracts.SiviMessageValidated(entry.MessageId, entry.Account, entry.MessageType, entry.Release, entry.CaseKey), now);
        return entry;
    }
}

using Gateway.Core.Ledger;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Ledger;

/// <summary>
/// Adds validated messages to the ledger inside the caller's unit of work (so a message, its source mutation being
/// marked processed and its event commit together): queued, or held when the account is blocked. One message goes
/// through the context's change tracker (saved with the caller's <c>SaveChanges</c>); a batch is written set-based
/// within the caller's transaction.
/// </summary>
public static class LedgerWriter
{
    public static async Task<LedgerMessage> AddAsync(GatewayDbContext context, NewLedgerMessage message, DateTime now, CancellationToken cancellationToken) =>
        Add(context, message, await IsBlockedAsync(context, message.Account, cancellationToken).ConfigureAwait(false), now);

    /// <summary>
    /// Writes a batch for one account, looking at the account's state once: its messages and their events are inserted
    /// set-based (<see cref="RowInserter"/>, in the given order) within the context's transaction, which the caller
    /// commits (or rolls back) with the rest of its unit of work.
    /// </summary>
    /// <exception cref="InvalidOperationException">The context has no transaction.</exception>
    public static async Task AddAllAsync(GatewayDbContext context, string account, IEnumerable<NewLedgerMessage> messages, DateTime now, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("a batch of ledger messages is written within the caller's transaction");
        }
        var blocked = await IsBlockedAsync(context, account, cancellationToken).ConfigureAwait(false);
        var entries = new List<LedgerMessage>();
        foreach (var message in messages)
        {
            if (message.Account != account)
            {
                throw new ArgumentException($"message {message.Berrefnr} is for account {message.Account}, not {account}", nameof(messages));
            }
            entries.Add(Entry(message, blocked, now));
        }
        await RowInserter.InsertAsync(context, entries, cancellationToken).ConfigureAwait(false);
        await RowInserter.InsertAsync(context, entries.Select(entry => OutboxWriter.Entry(Validated(entry), now)).ToList(), cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> IsBlockedAsync(GatewayDbContext context, string account, CancellationToken cancellationToken) =>
        context.AccountStates.AsNoTracking().AnyAsync(a => a.Account == account && a.Blocked, cancellationToken);

    private static LedgerMessage Add(GatewayDbContext context, NewLedgerMessage message, bool blocked, DateTime now)
    {
        var entry = Entry(message, blocked, now);
        context.LedgerMessages.Add(entry);
        OutboxWriter.Add(context, Validated(entry), now);
        return entry;
    }

    private static LedgerMessage Entry(NewLedgerMessage message, bool blocked, DateTime now) => new()
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

    private static Contracts.SiviMessageValidated Validated(LedgerMessage entry) =>
        new(entry.MessageId, entry.Account, entry.MessageType, entry.Release, entry.CaseKey);
}

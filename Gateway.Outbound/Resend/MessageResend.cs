using System.Text;
using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Resend;

/// <summary>
/// Delivers delivered messages again (a partner lost them): one message, a case's messages, or an account's since a
/// date. As the account chooses (<see cref="DeliveryOptions.ResendAs"/>): the same message queued again under its
/// original file name, or a copy with a new Berrefnr (in the XML and the file name) as a new ledger message. Held instead
/// of queued when the account is blocked. Each message is audited (<c>message.resend</c>); a message whose body
/// retention purged cannot be resent and is listed as skipped.
/// </summary>
public sealed class MessageResend(GatewayDatabase database, AccountCatalog accounts, TimeProvider clock) : IMessageResend
{
    public async Task<IReadOnlyList<ResendOutcome>> ResendAsync(ResendSelection selection, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var selected = await selection.Apply(context.LedgerMessages.Where(m => m.State == LedgerState.Delivered || m.State == LedgerState.Acknowledged))
            .OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<ResendOutcome>();
        foreach (var message in selected)
        {
            if (message.BodyPurgedUtc is not null)
            {
                outcomes.Add(new ResendOutcome(message.Id, message.Berrefnr, null, message.FileName, $"skipped: its body was purged on {message.BodyPurgedUtc:u} (retention)"));
                continue;
            }
            var outcome = accounts.All.FirstOrDefault(a => a.Name == message.Account)?.Delivery.ResendAs == ResendAs.NewBerrefnr
                ? await CopyAsync(context, message, now, cancellationToken).ConfigureAwait(false)
                : await RequeueAsync(context, message, now, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "message.resend", Target = $"message/{message.Id}", Reason = outcome.Detail });
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    private static async Task<ResendOutcome> RequeueAsync(GatewayDbContext context, LedgerMessage message, DateTime now, CancellationToken cancellationToken)
    {
        message.State = await IsBlockedAsync(context, message.Account, cancellationToken).ConfigureAwait(false) ? LedgerState.Held : LedgerState.Queued;
        message.Attempts = 0;
        message.NextAttemptUtc = null;
        message.LastError = null;
        message.StateChangedUtc = now;
        return new ResendOutcome(message.Id, message.Berrefnr, null, message.FileName, $"{message.State.ToString().ToLowerInvariant()} again under its original file name {message.FileName}");
    }

    private async Task<ResendOutcome> CopyAsync(GatewayDbContext context, LedgerMessage message, DateTime now, CancellationToken cancellationToken)
    {
        var berrefnr = Sivi.Messages.Header.BerichtReferentie.New(clock);
        var xml = Encoding.UTF8.GetString(BodyCompression.Decompress(message.Body, message.BodyLength));
        var body = Encoding.UTF8.GetBytes(xml.Replace($">{message.Berrefnr}<", $">{berrefnr}<", StringComparison.Ordinal));
        var fileName = message.FileName.Replace(message.Berrefnr, berrefnr, StringComparison.Ordinal);
        var copy = await LedgerWriter.AddAsync(context, new NewLedgerMessage(message.Account, message.MessageType, message.Release, message.CaseKey, berrefnr,
            fileName, body, message.SourceMutationId), now, cancellationToken).ConfigureAwait(false);
        return new ResendOutcome(message.Id, message.Berrefnr, berrefnr, fileName, $"resent as a copy with Berrefnr {berrefnr}, file {fileName} ({copy.State.ToString().ToLowerInvariant()})");
    }

    private static Task<bool> IsBlockedAsync(GatewayDbContext context, string account, CancellationToken cancellationToken) =>
        context.AccountStates.AsNoTracking().AnyAsync(a => a.Account == account && a.Blocked, cancellationToken);
}

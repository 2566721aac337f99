using Gateway.Contracts;
using Gateway.Core.Ledger;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Messages.Header;

namespace Gateway.Outbound.Retour;

/// <summary>
/// Reads a Retourmelding1 an arbodienst sent back and records it on the message it answers (BerrefnrIngzndnBer):
/// acknowledged when processed, rejected with each Foutmldng (SrtFoutCd + Toelichting, scrubbed of personal data) as
/// delivery uitval otherwise. Repeated files change nothing; the state change, uitval and the
/// <see cref="RetourmeldingReceived"/> event commit together. With a validator, a file must be a valid Retourmelding1 of
/// its release to be applied.
/// </summary>
public sealed class RetourmeldingCorrelator(GatewayDatabase database, TimeProvider clock, ILogger<RetourmeldingCorrelator> logger, Sivi.Schemas.Validation.SiviValidator? validator = null)
{
    /// <summary>SrtRetmldngCd 02: processed (our documented reading; see docs/receiving.md).</summary>
    public const string Processed = RetourmeldingFactory.Verwerkt;

    public async Task<RetourmeldingOutcome> ApplyAsync(string account, string fileName, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var retour = await RetourmeldingAnswer.ReadAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName, validator, cancellationToken).ConfigureAwait(false);
        await using var context = database.CreateContext();
        var now = clock.GetUtcNow().UtcDateTime;
        if (retour is null)
        {
            await AddUitvalAsync(context, account, fileName, null, $"{fileName} is not a valid Retourmelding1 (kept as an orphan)", now, cancellationToken).ConfigureAwait(false);
            RetourLog.Unreadable(logger, account, fileName);
            return RetourmeldingOutcome.Unreadable;
        }
        var answered = retour.Answered;
        var message = await context.LedgerMessages.SingleOrDefaultAsync(m => m.Account == account && m.Berrefnr == answered, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            await AddUitvalAsync(context, account, fileName, answered, $"Retourmelding {fileName} answers Berrefnr {answered}, which this account never sent (kept as an orphan)", now, cancellationToken).ConfigureAwait(false);
            RetourLog.Unknown(logger, account, fileName, answered);
            return RetourmeldingOutcome.Unknown;
        }
        if (message.State is LedgerState.Acknowledged or LedgerState.Rejected)
        {
            return RetourmeldingOutcome.AlreadyRecorded;
        }
        var errors = retour.Errors.Select(f => $"{f.SrtFoutCd}: {PersonalDataScrubber.Scrub(f.Toelichting)}").ToList();
        var processed = retour.Processed;
        message.State = processed ? LedgerState.Acknowledged : LedgerState.Rejected;
        message.AcknowledgedUtc = now;
        message.StateChangedUtc = now;
        message.LastError = processed ? null : string.Join("; ", errors.DefaultIfEmpty($"not processed (SrtRetmldngCd {retour.SrtRetmldngCd})"));
        if (!processed)
        {
            context.Uitval.Add(new UitvalEntry
            {
                Account = account,
                Stage = UitvalStage.Delivery,
                Connector = message.MessageType,
                RecordKey = message.CaseKey,
                Reason = $"{message.FileName} rejected by the receiver: {message.LastError}",
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            });
        }
        OutboxWriter.Add(context, new RetourmeldingReceived(message.MessageId, account, answered, processed, errors.Count), now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        RetourLog.Recorded(logger, account, message.MessageId, answered, processed);
        MessageMetrics.Answered(message, processed);
        return processed ? RetourmeldingOutcome.Acknowledged : RetourmeldingOutcome.Rejected;
    }

    private static async Task AddUitvalAsync(GatewayDbContext context, string account, string fileName, string? berrefnr, string reason, DateTime now, CancellationToken cancellationToken)
    {
        context.Uitval.Add(new UitvalEntry
        {
            Account = account,
            Stage = UitvalStage.Delivery,
            Connector = "Retourmelding1",
            RecordKey = berrefnr ?? fileName,
            Reason = reason,
            Status = UitvalStatus.Open,
            CreatedUtc = now,
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}

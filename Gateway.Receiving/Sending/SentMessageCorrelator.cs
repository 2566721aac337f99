using Gateway.Contracts;
using Gateway.Core.Outbox;
using Gateway.Core.PartnerSending;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Messages.Header;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Sending;

/// <summary>
/// Records a partner's Retourmelding on the Documenten or Afspraken message it answers (by BerrefnrIngzndnBer and
/// account): acknowledged when processed, rejected — with uitval naming the partner's reasons, scrubbed — otherwise; a
/// <see cref="RetourmeldingReceived"/> event either way, in the same unit of work. An answer to nothing this account sent
/// is uitval; a repeated answer changes nothing.
/// </summary>
public sealed class SentMessageCorrelator(GatewayDatabase database, SiviValidator validator, TimeProvider clock, ILogger<SentMessageCorrelator> logger)
{
    public async Task<bool> ApplyAsync(string account, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var answer = await RetourmeldingAnswer.ReadAsync(content, fileName, validator, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var sent = answer is null ? null : await context.OutgoingPartnerMessages
            .SingleOrDefaultAsync(m => m.Account == account && m.Berrefnr == answer.Answered, cancellationToken).ConfigureAwait(false);
        if (answer is null || sent is null)
        {
            context.Uitval.Add(new UitvalEntry
            {
                Account = account,
                Stage = UitvalStage.Delivery,
                Connector = RetourmeldingFactory.MessageName,
                RecordKey = answer?.Answered ?? fileName,
                Reason = answer is null ? $"{fileName} is not a valid Retourmelding1" : $"Retourmelding {fileName} answers Berrefnr {answer.Answered}, which was not sent to {account}",
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            SendLog.Unmatched(logger, account, fileName, answer?.Answered);
            return false;
        }
        if (sent.State is OutgoingState.Acknowledged or OutgoingState.Rejected)
        {
            return true;
        }
        var errors = answer.Errors.Select(e => $"{e.SrtFoutCd}: {PersonalDataScrubber.Scrub(e.Toelichting)}").ToList();
        sent.State = answer.Processed ? OutgoingState.Acknowledged : OutgoingState.Rejected;
        sent.AnsweredUtc = now;
        sent.LastError = answer.Processed ? null : string.Join("; ", errors.DefaultIfEmpty($"not processed (SrtRetmldngCd {answer.SrtRetmldngCd})"));
        if (!answer.Processed)
        {
            context.Uitval.Add(new UitvalEntry
            {
                Account = account,
                Stage = UitvalStage.Delivery,
                Connector = sent.MessageType,
                RecordKey = sent.Berrefnr,
                Reason = $"{sent.FileName} rejected by {account}: {sent.LastError}",
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            });
        }
        OutboxWriter.Add(context, new RetourmeldingReceived(null, account, answer.Answered, answer.Processed, errors.Count), now);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        SendLog.Answered(logger, account, answer.Answered, answer.Processed);
        return true;
    }
}

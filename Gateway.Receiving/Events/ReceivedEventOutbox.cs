using Gateway.Core.Outbox;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Sivi.Messages.Writing;

namespace Gateway.Receiving.Events;

/// <summary>
/// Puts each applied message of an outcome (and of the files it released) into the gateway's outbox as
/// <see cref="Contracts.SiviMessageReceived"/>, in the register's unit of work: the event is there exactly when
/// the register has the message applied. The message is written in the release it was read as: the received file's,
/// or for a file of a release an operator installed (not described here) the nearest described release, which the
/// event's Release then names (the register keeps the file's own release).
/// </summary>
public static class ReceivedEventOutbox
{
    public static void Add(ReceivingDbContext context, ReceivedFileOutcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var received in outcome.Flatten().Select(o => o.Event).OfType<MessageApplied>())
        {
            var release = received.Message.Release ?? received.Release;
            var xml = System.Text.Encoding.UTF8.GetString(SiviMessageWriter.Default.ToBytes(received.Message, release, cancellationToken));
            var cases = received.Absences.Select(a => new Contracts.ReceivedAbsenceCase(a.EmployerId, a.IdWrknmr, a.VrzmgvlId, a.Sequence, a.VrwrkCd,
                a.Classification.Sivi.ToString(), a.Classification.ReceiverCode)).ToList();
            context.OutboxEvents.Add(OutboxWriter.Entry(new Contracts.SiviMessageReceived(received.Account, received.FileName, received.MessageType,
                release, received.Berrefnr, xml, cases, received.AppliedAt), now));
        }
    }
}

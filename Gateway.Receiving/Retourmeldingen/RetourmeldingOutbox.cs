using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages.Model;
using Sivi.Messages.Writing;

namespace Gateway.Receiving.Retourmeldingen;

/// <summary>
/// The Retourmeldingen due to a sending partner, pending in the register until they are in its Retourmelding folder:
/// added in the unit of work that decides them, delivered oldest first, each marked delivered (and kept) once it is
/// there. Delivery is at least once: a crash between delivering and marking delivers the same file again (the transport
/// finds it there).
/// </summary>
public static class RetourmeldingOutbox
{
    /// <summary>Adds the Retourmeldingen of an outcome and of the files it released to <paramref name="context"/>'s unit of work.</summary>
    public static void Add(ReceivingDbContext context, ReceivedFileOutcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var answered in outcome.Flatten().Where(o => o.Retourmelding is not null))
        {
            Add(context, answered.Account, answered.FileId, answered.Retourmelding!, now, cancellationToken);
        }
    }

    /// <summary>Adds one Retourmelding answering file <paramref name="fileId"/> to <paramref name="context"/>'s unit of work.</summary>
    public static void Add(ReceivingDbContext context, string account, long fileId, Retourmelding1 retour, DateTime now, CancellationToken cancellationToken) =>
        context.PendingRetourmeldingen.Add(new PendingRetourmelding
        {
            Account = account,
            FileId = fileId,
            FileName = FileName(retour),
            Content = SiviMessageWriter.Default.ToBytes(retour, cancellationToken: cancellationToken),
            CreatedUtc = now,
        });

    /// <summary>Delivers the account's pending Retourmeldingen oldest first with <paramref name="deliver"/>; returns how many.</summary>
    public static async Task<int> DeliverAsync(ReceivingDatabase database, string account, Func<string, byte[], CancellationToken, Task> deliver,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var pending = await context.PendingRetourmeldingen.AsNoTracking().Where(r => r.Account == account && r.DeliveredUtc == null).OrderBy(r => r.Id)
            .Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in pending)
        {
            // one at a time: a Retourmelding may be large, and each is marked as soon as it is delivered
            var retour = await context.PendingRetourmeldingen.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
            await deliver(retour.FileName, retour.Content, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow().UtcDateTime;
            await context.PendingRetourmeldingen.Where(r => r.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.DeliveredUtc, now), cancellationToken).ConfigureAwait(false);
        }
        return pending.Count;
    }

    private static string FileName(Retourmelding1 retour) => $"RM_{retour.BrAlg?.Berrefnr}.xml";
}

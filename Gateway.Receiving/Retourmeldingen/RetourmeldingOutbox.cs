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

    /// <summary>Pending Retourmeldingen read (with their documents) per page; a page is marked delivered with one update.</summary>
    public const int PageSize = 100;

    /// <summary>
    /// Delivers the account's pending Retourmeldingen oldest first with <paramref name="deliver"/>, a page at a time:
    /// the delivered ones of a page are marked with one update (also when one of them fails, before that failure is
    /// thrown); returns how many were delivered.
    /// </summary>
    public static async Task<int> DeliverAsync(ReceivingDatabase database, string account, Func<string, byte[], CancellationToken, Task> deliver,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(deliver);
        ArgumentNullException.ThrowIfNull(clock);
        await using var context = database.CreateContext();
        var total = 0;
        var after = 0L;
        while (true)
        {
            var page = await context.PendingRetourmeldingen.AsNoTracking()
                .Where(r => r.Account == account && r.DeliveredUtc == null && r.Id > after).OrderBy(r => r.Id).Take(PageSize)
                .Select(r => new { r.Id, r.FileName, r.Content }).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return total;
            }
            var delivered = new List<long>(page.Count);
            try
            {
                foreach (var retour in page)
                {
                    await deliver(retour.FileName, retour.Content, cancellationToken).ConfigureAwait(false);
                    delivered.Add(retour.Id);
                }
            }
            finally
            {
                if (delivered.Count > 0)
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    await context.PendingRetourmeldingen.Where(r => delivered.Contains(r.Id))
                        .ExecuteUpdateAsync(u => u.SetProperty(r => r.DeliveredUtc, now), CancellationToken.None).ConfigureAwait(false);
                }
            }
            total += delivered.Count;
            after = page[^1].Id;
        }
    }

    private static string FileName(Retourmelding1 retour) => $"RM_{retour.BrAlg?.Berrefnr}.xml";
}

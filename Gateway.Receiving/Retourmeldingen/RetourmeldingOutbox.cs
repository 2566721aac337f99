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
    public static Task<int> DeliverAsync(ReceivingDatabase database, string account, Func<string, byte[], CancellationToken, Task> deliver,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        return DeliverAsync(database, account, [deliver], clock, cancellationToken);
    }

    /// <summary>
    /// Delivers the account's pending Retourmeldingen a page at a time, oldest page first, each page's files spread over
    /// <paramref name="deliverers"/> (one per session: file i of a page goes through deliverer i modulo their number,
    /// each deliverer one file after another, all at once); the delivered ones of a page are marked with one update (also
    /// when one of them fails, before that failure is thrown); returns how many were delivered.
    /// </summary>
    public static async Task<int> DeliverAsync(ReceivingDatabase database, string account, IReadOnlyList<Func<string, byte[], CancellationToken, Task>> deliverers,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(deliverers);
        ArgumentOutOfRangeException.ThrowIfZero(deliverers.Count);
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
            var delivered = new bool[page.Count];
            try
            {
                await Task.WhenAll(Enumerable.Range(0, Math.Min(deliverers.Count, page.Count)).Select(async d =>
                {
                    for (var i = d; i < page.Count; i += deliverers.Count)
                    {
                        await deliverers[d](page[i].FileName, page[i].Content, cancellationToken).ConfigureAwait(false);
                        delivered[i] = true;
                    }
                })).ConfigureAwait(false);
            }
            finally
            {
                var ids = page.Where((_, i) => delivered[i]).Select(r => r.Id).ToList();
                if (ids.Count > 0)
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    await context.PendingRetourmeldingen.Where(r => ids.Contains(r.Id))
                        .ExecuteUpdateAsync(u => u.SetProperty(r => r.DeliveredUtc, now), CancellationToken.None).ConfigureAwait(false);
                }
                total += ids.Count;
            }
            after = page[^1].Id;
        }
    }

    private static string FileName(Retourmelding1 retour) => $"RM_{retour.BrAlg?.Berrefnr}.xml";
}

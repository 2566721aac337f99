using Gateway.Core.ReceivingRegister;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Views;

/// <summary>
/// The register's read side for the console (<see cref="IReceivingRegisterQueries"/>): received files with their
/// Retourmelding, the absence cases with their chains, the Retourmeldingen made and the processing reports, filtered and
/// paged, newest first (cases: most recently changed first).
/// </summary>
public sealed class ReceivingRegisterQueries(ReceivingDatabase register) : IReceivingRegisterQueries
{
    public async Task<RegisterPage<ReceivedFileView>> FilesAsync(ReceivedFileFilter filter, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var query = context.Files.AsNoTracking();
        if (filter.Account is { } account)
        {
            query = query.Where(f => f.Account == account);
        }
        query = filter.State switch
        {
            null => query,
            ReceivedFileViews.Expired => query.Where(f => f.Status == ReceivedFileStatus.Refused && f.Errors != null && f.Errors.Contains(ReceivedFileViews.ExpiredMarker)),
            nameof(ReceivedFileStatus.Refused) => query.Where(f => f.Status == ReceivedFileStatus.Refused && (f.Errors == null || !f.Errors.Contains(ReceivedFileViews.ExpiredMarker))),
            var state when Enum.TryParse<ReceivedFileStatus>(state, ignoreCase: true, out var status) && Enum.IsDefined(status) => query.Where(f => f.Status == status),
            _ => query.Where(_ => false),
        };
        if (filter.MessageType is { } type)
        {
            query = query.Where(f => f.MessageType == type);
        }
        if (filter.Berrefnr is { } berrefnr)
        {
            query = query.Where(f => f.Berrefnr == berrefnr);
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(f => f.ReceivedUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(f => f.ReceivedUtc < to);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var files = await query.OrderByDescending(f => f.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(f => new ReceivedFileRecord
            {
                Id = f.Id,
                Account = f.Account,
                FileName = f.FileName,
                MessageType = f.MessageType,
                Release = f.Release,
                Berrefnr = f.Berrefnr,
                Status = f.Status,
                ReceivedUtc = f.ReceivedUtc,
                CompletedUtc = f.CompletedUtc,
                Errors = f.Errors,
                WaitingEmployerId = f.WaitingEmployerId,
                WaitingCaseId = f.WaitingCaseId,
                WaitingSequence = f.WaitingSequence,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var retours = await RetoursOfAsync(context, files.Select(f => f.Id), cancellationToken).ConfigureAwait(false);
        return new RegisterPage<ReceivedFileView>(total, filter.Skip, filter.Take, [.. files.Select(f => ReceivedFileViews.View(f, retours.GetValueOrDefault(f.Id)))]);
    }

    public async Task<ReceivedFileDetail?> FileAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var file = await context.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }
        var retour = await context.PendingRetourmeldingen.AsNoTracking().Where(r => r.FileId == id).OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var cases = await context.AbsenceMessages.AsNoTracking().Where(m => m.FileId == id).Select(m => m.CaseId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ReceivedFileDetail(ReceivedFileViews.View(file, retour), file.Content, retour?.Content, cases);
    }

    public async Task<RegisterPage<AbsenceCaseView>> CasesAsync(AbsenceCaseFilter filter, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var query = context.AbsenceCases.AsNoTracking();
        if (filter.Account is { } account)
        {
            query = query.Where(c => c.Account == account);
        }
        if (filter.EmployerId is { } employer)
        {
            query = query.Where(c => c.EmployerId == employer);
        }
        if (filter.Employee is { } employee)
        {
            query = query.Where(c => c.IdWrknmr == employee);
        }
        if (filter.CaseId is { } caseId)
        {
            query = query.Where(c => c.VrzmgvlId == caseId);
        }
        if (filter.Status is { } text)
        {
            query = Enum.TryParse<AbsenceCaseStatus>(text, ignoreCase: true, out var status) && Enum.IsDefined(status)
                ? query.Where(c => c.Status == status)
                : query.Where(_ => false);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var cases = await query.OrderByDescending(c => c.UpdatedUtc).ThenByDescending(c => c.Id).Skip(filter.Skip).Take(filter.Take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RegisterPage<AbsenceCaseView>(total, filter.Skip, filter.Take, [.. cases.Select(View)]);
    }

    public async Task<AbsenceCaseDetail?> CaseAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var found = await context.AbsenceCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }
        var messages = await context.AbsenceMessages.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var chain = messages.Select(m => new CaseMessageView(m.Sequence, m.VrwrkCd, VrwrkCodes.Describe(m.VrwrkCd), m.Berrefnr, m.FileId, m.AppliedUtc)).ToList();
        var waiting = await context.Files.AsNoTracking()
            .Where(f => f.Account == found.Account && f.Status == ReceivedFileStatus.Waiting && f.WaitingEmployerId == found.EmployerId && f.WaitingCaseId == found.VrzmgvlId)
            .OrderBy(f => f.WaitingSequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AbsenceCaseDetail(View(found), chain, [.. waiting.Select(f => ReceivedFileViews.View(f, null))]);
    }

    public async Task<RegisterPage<SentRetourmeldingView>> RetourmeldingenAsync(SentRetourmeldingFilter filter, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var query = from r in context.PendingRetourmeldingen.AsNoTracking()
                    join f in context.Files.AsNoTracking() on r.FileId equals f.Id
                    select new { Retour = r, f.Berrefnr, f.Status };
        if (filter.Account is { } account)
        {
            query = query.Where(x => x.Retour.Account == account);
        }
        if (filter.Code is { } code)
        {
            query = code == Retourmeldingen.RetourmeldingBuilder.Verwerkt
                ? query.Where(x => x.Status == ReceivedFileStatus.Processed)
                : query.Where(x => x.Status != ReceivedFileStatus.Processed);
        }
        if (filter.Delivered is { } delivered)
        {
            query = delivered ? query.Where(x => x.Retour.DeliveredUtc != null) : query.Where(x => x.Retour.DeliveredUtc == null);
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(x => x.Retour.CreatedUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(x => x.Retour.CreatedUtc < to);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(x => x.Retour.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(x => new SentRetourmeldingView(x.Retour.Id, x.Retour.Account, x.Retour.FileName, x.Retour.FileId, x.Berrefnr,
                x.Status == ReceivedFileStatus.Processed ? Retourmeldingen.RetourmeldingBuilder.Verwerkt : Retourmeldingen.RetourmeldingBuilder.NietVerwerkt,
                x.Retour.CreatedUtc, x.Retour.DeliveredUtc))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RegisterPage<SentRetourmeldingView>(total, filter.Skip, filter.Take, rows);
    }

    public async Task<(SentRetourmeldingView Retourmelding, byte[] Content)?> RetourmeldingAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var retour = await context.PendingRetourmeldingen.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        if (retour is null)
        {
            return null;
        }
        var file = await context.Files.AsNoTracking().Where(f => f.Id == retour.FileId).Select(f => new { f.Berrefnr, f.Status })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var code = file?.Status == ReceivedFileStatus.Processed ? Retourmeldingen.RetourmeldingBuilder.Verwerkt : Retourmeldingen.RetourmeldingBuilder.NietVerwerkt;
        return (new SentRetourmeldingView(retour.Id, retour.Account, retour.FileName, retour.FileId, file?.Berrefnr, code, retour.CreatedUtc, retour.DeliveredUtc),
            retour.Content);
    }

    public async Task<RegisterPage<ProcessingReportView>> ReportsAsync(ProcessingReportFilter filter, CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        var query = context.Reports.AsNoTracking();
        if (filter.Account is { } account)
        {
            query = query.Where(r => r.Account == account);
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(r => r.AtUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(r => r.AtUtc < to);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(r => r.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(r => new ProcessingReportView(r.Id, r.Account, r.AtUtc, r.Files, r.Processed, r.Refused, r.Held, r.Waiting, r.Problems, r.Text))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RegisterPage<ProcessingReportView>(total, filter.Skip, filter.Take, rows);
    }

    /// <summary>The latest Retourmelding of each of the files.</summary>
    private static async Task<Dictionary<long, Retourmeldingen.PendingRetourmelding>> RetoursOfAsync(ReceivingDbContext context, IEnumerable<long> fileIds,
        CancellationToken cancellationToken)
    {
        var ids = fileIds.ToList();
        var retours = await context.PendingRetourmeldingen.AsNoTracking().Where(r => ids.Contains(r.FileId))
            .Select(r => new Retourmeldingen.PendingRetourmelding { Id = r.Id, Account = r.Account, FileId = r.FileId, FileName = r.FileName, CreatedUtc = r.CreatedUtc, DeliveredUtc = r.DeliveredUtc })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return retours.GroupBy(r => r.FileId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
    }

    private static AbsenceCaseView View(AbsenceCase c) => new(
        c.Id, c.Account, c.EmployerId, c.VrzmgvlId, c.IdWrknmr, c.IdDnstvbnd, c.Status.ToString(), c.LastSequence, c.FirstSickDay, c.RecoveredOn,
        c.SiviClassification,
        c.SiviClassification is { } number && Enum.IsDefined((SiviAbsenceClassification)number) ? SiviAbsenceClassifications.Label((SiviAbsenceClassification)number) : null,
        c.ReceiverClassification, c.Source.ToString(), c.UpdatedUtc);
}

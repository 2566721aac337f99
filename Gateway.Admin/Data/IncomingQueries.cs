using Gateway.Admin.Masking;
using Gateway.Core.Incoming;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>Documents and afspraken the arbodiensten sent, per account, employee and absence case; never their content.</summary>
internal sealed class IncomingQueries(GatewayDatabase database)
{
    public async Task<IReadOnlyList<IncomingItemRecord>> ListAsync(string? account, string? employee, string? caseId, IncomingItemKind? kind, int take, bool masked,
        CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.IncomingItems.AsNoTracking();
        if (account is not null)
        {
            query = query.Where(i => i.Account == account);
        }
        if (employee is not null)
        {
            query = query.Where(i => i.EmployeeId == employee);
        }
        if (caseId is not null)
        {
            query = query.Where(i => i.CaseId == caseId);
        }
        if (kind is { } k)
        {
            query = query.Where(i => i.Kind == k);
        }
        var rows = await query.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).Take(take)
            .Select(i => new
            {
                i.Id,
                i.Account,
                i.Kind,
                i.Berrefnr,
                i.ItemId,
                i.EmployeeId,
                i.CaseId,
                i.Date,
                i.Time,
                i.TypeCode,
                i.Description,
                i.FileName,
                i.FileType,
                i.SizeBytes,
                i.Sha256,
                i.DossierState,
                i.AfasSubjectId,
                i.LastError,
                i.ReceivedUtc,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new IncomingItemRecord(r.Id, r.Account, r.Kind.ToString(), r.Berrefnr, r.ItemId,
            PersonalDataMask.Identifier(r.EmployeeId, masked)!, PersonalDataMask.Identifier(r.CaseId, masked), r.Date, r.Time, r.TypeCode,
            masked ? null : r.Description, masked ? null : r.FileName, r.FileType, r.SizeBytes, r.Sha256, r.DossierState.ToString(), r.AfasSubjectId,
            PersonalDataMask.Text(r.LastError, masked), Utc.Of(r.ReceivedUtc)))];
    }
}

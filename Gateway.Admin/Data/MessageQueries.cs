using Gateway.Admin.Masking;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>Searches the ledger and shows one message with its XML (masked for auditors).</summary>
internal sealed class MessageQueries(GatewayDatabase database, AdminOptions options)
{
    private readonly HashSet<PersonalDataCategory> _auditorSees = [.. options.AuditorSees];

    public async Task<MessagePage> SearchAsync(MessageFilter filter, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.LedgerMessages.AsNoTracking();
        if (filter.Account is { } account)
        {
            query = query.Where(m => m.Account == account);
        }
        if (filter.MessageType is { } type)
        {
            query = query.Where(m => m.MessageType == type);
        }
        if (filter.CaseKey is { } caseKey)
        {
            query = query.Where(m => m.CaseKey == caseKey);
        }
        if (filter.Berrefnr is { } berrefnr)
        {
            query = query.Where(m => m.Berrefnr == berrefnr);
        }
        if (filter.Employee is { } employee)
        {
            query = query.Where(m => m.CaseKey == employee
                || context.SourceMutations.Any(s => s.Id == m.SourceMutationId && s.SubjectKey == employee));
        }
        if (filter.State is { } state)
        {
            query = query.Where(m => m.State == state);
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(m => m.CreatedUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(m => m.CreatedUtc < to);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(m => m.Id).Skip(filter.Skip).Take(filter.Take)
            .Select(MessageRow.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new MessagePage(total, filter.Skip, filter.Take, [.. rows.Select(r => r.ToSummary(masked))]);
    }

    public async Task<MessageDetail?> DetailAsync(long id, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var message = await context.LedgerMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            return null;
        }
        var employee = message.SourceMutationId is { } mutation
            ? await context.SourceMutations.AsNoTracking().Where(s => s.Id == mutation).Select(s => s.SubjectKey).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var row = MessageRow.FromEntity(message);
        var xml = message.BodyPurgedUtc is { } purged
            ? $"(body purged by retention on {purged:u}; SHA-256 {message.BodySha256})"
            : XmlBodyFormatter.Format(BodyCompression.Decompress(message.Body, message.BodyLength), masked, _auditorSees);
        return new MessageDetail(row.ToSummary(masked), PersonalDataMask.Identifier(employee, masked), Utc.Of(message.NextAttemptUtc), message.BodyLength, masked, xml);
    }
}

using Gateway.Admin.Masking;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>Reads the audit log, newest first.</summary>
internal sealed class AuditAdministration(GatewayDatabase database)
{
    public async Task<AuditPage> ListAsync(AuditFilter filter, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.AuditLog.AsNoTracking();
        if (filter.User is { } user)
        {
            query = query.Where(a => a.User == user);
        }
        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action.StartsWith(action));
        }
        if (filter.Target is { } target)
        {
            query = query.Where(a => a.Target.StartsWith(target));
        }
        if (filter.FromUtc is { } from)
        {
            query = query.Where(a => a.AtUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            query = query.Where(a => a.AtUtc < to);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(a => a.Id).Skip(filter.Skip).Take(filter.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(total, filter.Skip, filter.Take, [.. items.Select(a => ToRecord(a, masked))]);
    }

    public static AuditRecord ToRecord(AuditEntry entry, bool masked) =>
        new(entry.Id, Utc.Of(entry.AtUtc), entry.User, entry.Action, entry.Target, PersonalDataMask.Text(entry.Reason, masked));
}

/// <summary>Audit log search: user, action prefix (<c>account.</c>), target prefix, period.</summary>
internal sealed record AuditFilter(string? User, string? Action, string? Target, DateTime? FromUtc, DateTime? ToUtc, int Skip, int Take);

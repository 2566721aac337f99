using Gateway.Admin.Masking;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Data;

/// <summary>
/// Uitvalbeheer for the admin API and UI: lists with masking; retry and dismiss are <see cref="UitvalStore"/>'s (shared
/// with the CLI), logged here with the user.
/// </summary>
internal sealed class UitvalAdministration(GatewayDatabase database, UitvalStore store, UitvalBulkRetry bulk, ILogger<UitvalAdministration> logger)
{
    public async Task<UitvalPage> ListAsync(UitvalFilter filter, bool masked, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.Uitval.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(u => u.Status == status);
        }
        if (filter.Stage is { } stage)
        {
            query = query.Where(u => u.Stage == stage);
        }
        if (filter.Integration is { } integration)
        {
            query = query.Where(u => u.Integration == integration || u.Account == integration);
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var entries = await query.OrderByDescending(u => u.Id).Skip(filter.Skip).Take(filter.Take).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new UitvalPage(total, filter.Skip, filter.Take, [.. entries.Select(e => ToRecord(e, masked))]);
    }

    public async Task<IReadOnlyDictionary<UitvalStage, int>> OpenCountsAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open)
            .GroupBy(u => u.Stage).Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken).ConfigureAwait(false);
    }

    public async Task<UitvalActionResult> RetryAsync(long id, string user, CancellationToken cancellationToken)
    {
        var result = await store.RetryAsync(id, user, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == UitvalActionOutcome.Done)
        {
            var target = "uitval/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AdminLog.Changed(logger, user, "uitval.retry", target);
        }
        return result;
    }

    /// <summary>Retries every open entry <paramref name="selection"/> takes (<see cref="UitvalBulkRetry"/>: audited with the filter and the count).</summary>
    public async Task<UitvalBulkRetryResult> RetryMatchingAsync(UitvalSelection selection, string user, CancellationToken cancellationToken)
    {
        var result = await bulk.RetryAsync(selection, user, cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, UitvalBulkRetry.AuditAction, "uitval");
        return result;
    }

    public async Task<UitvalActionResult> DismissAsync(long id, string user, string reason, CancellationToken cancellationToken)
    {
        var result = await store.DismissAsync(id, user, reason, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == UitvalActionOutcome.Done)
        {
            var target = "uitval/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AdminLog.Changed(logger, user, "uitval.dismiss", target);
        }
        return result;
    }

    private static UitvalRecord ToRecord(UitvalEntry e, bool masked) => new(
        e.Id, e.Integration, e.Stage.ToString(), e.Connector, PersonalDataMask.Identifier(e.RecordKey, masked), e.Field,
        PersonalDataMask.Text(e.Reason, masked)!, PersonalDataMask.Text(e.SchemaError, masked), e.Status.ToString(),
        Utc.Of(e.CreatedUtc), Utc.Of(e.ResolvedUtc), e.ResolvedBy, e.Account, PersonalDataMask.Text(e.Resolution, masked));
}

using Gateway.Admin.Masking;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data;

/// <summary>
/// Retourmelding audit: delivered messages the receiver answered, acknowledged or rejected (with the reasons the
/// Retourmelding gave), within the last days.
/// </summary>
internal sealed class RetourmeldingQueries(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>The newest answered messages first; <paramref name="skip"/> of them passed over (paging).</summary>
    public async Task<IReadOnlyList<RetourmeldingRecord>> ListAsync(string? account, int days, LedgerState? outcome, int take, bool masked, CancellationToken cancellationToken,
        int skip = 0)
    {
        await using var context = database.CreateContext();
        var rows = await Answered(context, account, days, outcome)
            .OrderByDescending(m => m.AcknowledgedUtc).ThenByDescending(m => m.Id).Skip(skip).Take(take)
            .Select(MessageRow.Projection).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new RetourmeldingRecord(
            r.Id, r.Account, r.MessageType, PersonalDataMask.Identifier(r.CaseKey, masked)!, r.Berrefnr, r.FileName, r.State.ToString(),
            Utc.Of(r.DeliveredUtc), Utc.Of(r.AcknowledgedUtc ?? r.StateChangedUtc), PersonalDataMask.Text(r.LastError, masked)))];
    }

    public Task<int> RejectedCountAsync(int days, CancellationToken cancellationToken) => CountAsync(null, days, LedgerState.Rejected, cancellationToken);

    /// <summary>How many answered messages the filters take (the total a page of <see cref="ListAsync"/> is part of).</summary>
    public async Task<int> CountAsync(string? account, int days, LedgerState? outcome, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await Answered(context, account, days, outcome).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    private IQueryable<LedgerMessage> Answered(GatewayDbContext context, string? account, int days, LedgerState? outcome)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var query = context.LedgerMessages.AsNoTracking()
            .Where(m => (m.State == LedgerState.Acknowledged || m.State == LedgerState.Rejected) && m.AcknowledgedUtc >= since);
        if (account is not null)
        {
            query = query.Where(m => m.Account == account);
        }
        if (outcome is { } state)
        {
            query = query.Where(m => m.State == state);
        }
        return query;
    }
}

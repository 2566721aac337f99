using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data.Charts;

/// <summary>Messages made per day (on creation time), by their state now and by message type.</summary>
internal sealed class MessagesPerDayQuery(GatewayDatabase database)
{
    public async Task<(ChartData ByState, ChartData ByType)> LoadAsync(ChartPeriod period, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var since = period.SinceUtc;
        var rows = await context.LedgerMessages.AsNoTracking().Where(m => m.CreatedUtc >= since)
            .Select(m => new Row(m.CreatedUtc, m.State, m.MessageType)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byState = rows.GroupBy(r => r.State).OrderBy(g => g.Key)
            .Select(g => new ChartSeries(g.Key.ToString(), period.PerDay(g, r => r.CreatedUtc, b => b.Count))).ToList();
        var byType = rows.GroupBy(r => r.MessageType, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ChartSeries(g.Key, period.PerDay(g, r => r.CreatedUtc, b => b.Count))).ToList();
        return (new ChartData(period.Days, byState), new ChartData(period.Days, byType));
    }

    private sealed record Row(DateTime CreatedUtc, LedgerState State, string MessageType);
}

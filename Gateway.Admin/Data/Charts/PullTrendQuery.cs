using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data.Charts;

/// <summary>
/// Finished pulls per connector and day (on start time): the rows read (summed over the day's pulls) and the average
/// duration in seconds. A series per connector, named <c>integration / connector</c>.
/// </summary>
internal sealed class PullTrendQuery(GatewayDatabase database)
{
    public async Task<(ChartData Rows, ChartData Seconds)> LoadAsync(ChartPeriod period, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var since = period.SinceUtc;
        var runs = await context.PullRuns.AsNoTracking().Where(p => p.StartedUtc >= since && p.FinishedUtc != null && p.Status != PullStatus.Running)
            .Select(p => new Run(p.Integration, p.Connector, p.StartedUtc, p.FinishedUtc!.Value, p.Rows))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var connectors = runs.GroupBy(r => $"{r.Integration} / {r.Connector}", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var rows = connectors.Select(g => new ChartSeries(g.Key, period.PerDay(g, r => r.StartedUtc, b => b.Sum(r => r.Rows), empty: null))).ToList();
        var seconds = connectors.Select(g => new ChartSeries(g.Key, period.PerDay(g, r => r.StartedUtc,
            b => Math.Round(b.Average(r => Math.Max(0, (r.FinishedUtc - r.StartedUtc).TotalSeconds)), 1), empty: null))).ToList();
        return (new ChartData(period.Days, rows), new ChartData(period.Days, seconds));
    }

    private sealed record Run(string Integration, string Connector, DateTime StartedUtc, DateTime FinishedUtc, int Rows);
}

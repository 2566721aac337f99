using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data.Charts;

/// <summary>
/// What receivers answered per day (on the time of the Retourmelding): the share acknowledged (percent of answered)
/// and the median turnaround from delivery to answer (hours), with the same two over the whole period.
/// </summary>
internal sealed class RetourmeldingTrendQuery(GatewayDatabase database)
{
    public const string AcceptanceRate = "AcceptanceRate";

    public const string Turnaround = "TurnaroundHours";

    public async Task<RetourmeldingTrend> LoadAsync(ChartPeriod period, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var since = period.SinceUtc;
        var rows = await context.LedgerMessages.AsNoTracking()
            .Where(m => (m.State == LedgerState.Acknowledged || m.State == LedgerState.Rejected) && m.AcknowledgedUtc != null && m.AcknowledgedUtc >= since)
            .Select(m => new Row(m.AcknowledgedUtc!.Value, m.DeliveredUtc, m.State == LedgerState.Acknowledged))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var rate = period.PerDay(rows, r => r.AnsweredUtc, Rate, empty: null);
        var turnaround = period.PerDay(rows, r => r.AnsweredUtc, Median, empty: null);
        return new RetourmeldingTrend(
            new ChartData(period.Days, [new ChartSeries(AcceptanceRate, rate)]),
            new ChartData(period.Days, [new ChartSeries(Turnaround, turnaround)]),
            rows.Count, rows.Count(r => r.Acknowledged), rows.Count == 0 ? null : Rate(rows), Median(rows));
    }

    private static double? Rate(IReadOnlyList<Row> rows) => Math.Round(100.0 * rows.Count(r => r.Acknowledged) / rows.Count, 1);

    /// <summary>The median hours from delivery to answer of the rows that have a delivery time.</summary>
    private static double? Median(IReadOnlyList<Row> rows)
    {
        var hours = rows.Where(r => r.DeliveredUtc is not null).Select(r => Math.Max(0, (r.AnsweredUtc - r.DeliveredUtc!.Value).TotalHours)).Order().ToList();
        if (hours.Count == 0)
        {
            return null;
        }
        var middle = hours.Count / 2;
        return Math.Round(hours.Count % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2, 1);
    }

    private sealed record Row(DateTime AnsweredUtc, DateTime? DeliveredUtc, bool Acknowledged);
}

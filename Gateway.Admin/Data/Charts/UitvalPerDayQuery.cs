using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Data.Charts;

/// <summary>Uitval opened per day (first recorded) and closed per day (resolved or dismissed).</summary>
internal sealed class UitvalPerDayQuery(GatewayDatabase database)
{
    public const string Opened = "Opened";

    public const string Closed = "Closed";

    public async Task<ChartData> LoadAsync(ChartPeriod period, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var since = period.SinceUtc;
        var opened = await context.Uitval.AsNoTracking().Where(u => u.CreatedUtc >= since)
            .Select(u => u.CreatedUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
        var closed = await context.Uitval.AsNoTracking()
            .Where(u => u.Status != UitvalStatus.Open && u.ResolvedUtc != null && u.ResolvedUtc >= since)
            .Select(u => u.ResolvedUtc!.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ChartData(period.Days,
        [
            new ChartSeries(Opened, period.PerDay(opened, t => t, b => b.Count)),
            new ChartSeries(Closed, period.PerDay(closed, t => t, b => b.Count)),
        ]);
    }
}

namespace Gateway.Admin.Data.Charts;

/// <summary>Loads every chart of the dashboard, one query each.</summary>
internal sealed class DashboardChartsQuery(MessagesPerDayQuery messages, UitvalPerDayQuery uitval, RetourmeldingTrendQuery retourmeldingen, PullTrendQuery pulls, TimeProvider clock)
{
    public async Task<DashboardCharts> LoadAsync(CancellationToken cancellationToken)
    {
        var period = new ChartPeriod(clock.GetUtcNow());
        var (byState, byType) = await messages.LoadAsync(period, cancellationToken).ConfigureAwait(false);
        var opened = await uitval.LoadAsync(period, cancellationToken).ConfigureAwait(false);
        var retour = await retourmeldingen.LoadAsync(period, cancellationToken).ConfigureAwait(false);
        var (rows, seconds) = await pulls.LoadAsync(period, cancellationToken).ConfigureAwait(false);
        return new DashboardCharts(byState, byType, opened, retour, rows, seconds);
    }
}

using Gateway.Admin.Data.Charts;

namespace Gateway.Admin.Ui.Charts;

/// <summary>The dashboard's trends: six charts over the last days, each with its title, description, legend and values as text.</summary>
internal static class DashboardTrends
{
    /// <summary>Each message state keeps its colour whichever states a period has: answered green, rejected red, delivered blue.</summary>
    private static readonly Dictionary<string, string> StateColours = new(StringComparer.Ordinal)
    {
        ["Validated"] = "s6",
        ["Queued"] = "s3",
        ["Delivered"] = "s0",
        ["Acknowledged"] = "s1",
        ["Rejected"] = "s2",
        ["Failed"] = "s5",
        ["Held"] = "s4",
        ["Discarded"] = "s7",
    };

    public static Html Render(UiText t, DashboardCharts charts)
    {
        var c = ChartText.For(t);
        var retour = charts.Retourmeldingen;
        var percent = retour.RatePercent is { } rate ? rate.ToString("0.#", c.Culture) + "%" : "–";
        var hours = retour.MedianHours is { } median ? median.ToString("#,0.#", c.Culture) + " h" : "–";
        return H.Of($"""
            <h2 id="trends">{c.Trends(charts.MessagesByState.Days.Count)}</h2>
            <div class="charts">
              {SvgBarChart.Render(new ChartSpec("chart-messages-state", c.MessagesByState, c.MessagesByStateDescription, charts.MessagesByState, t.Term, "", true, c, StateColours.GetValueOrDefault))}
              {SvgBarChart.Render(new ChartSpec("chart-messages-type", c.MessagesByType, c.MessagesByTypeDescription, charts.MessagesByType, k => k, "", true, c))}
              {SvgLineChart.Render(new ChartSpec("chart-uitval", c.Uitval, c.UitvalDescription, charts.Uitval, k => k == UitvalPerDayQuery.Opened ? c.Opened : c.Closed, "", true, c))}
              <div class="chart-group">
                <p class="summary" id="retour-summary">{c.RetourSummary(retour.Answered, retour.Acknowledged, percent, hours)}</p>
                {SvgLineChart.Render(new ChartSpec("chart-retour-rate", c.AcceptanceRate, c.AcceptanceRateDescription, retour.Rate, _ => c.AcceptanceRate, "%", false, c), ceiling: 100)}
                {SvgLineChart.Render(new ChartSpec("chart-retour-turnaround", c.Turnaround, c.TurnaroundDescription, retour.Turnaround, _ => c.Turnaround, " h", false, c))}
              </div>
              {SvgLineChart.Render(new ChartSpec("chart-pull-rows", c.PullRows, c.PullRowsDescription, charts.PullRows, k => k, "", true, c))}
              {SvgLineChart.Render(new ChartSpec("chart-pull-seconds", c.PullSeconds, c.PullSecondsDescription, charts.PullSeconds, k => k, " s", false, c))}
            </div>
            """);
    }
}

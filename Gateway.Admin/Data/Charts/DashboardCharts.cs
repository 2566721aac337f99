namespace Gateway.Admin.Data.Charts;

/// <summary>The dashboard's trends over the last days (Europe/Amsterdam days, today included).</summary>
internal sealed record DashboardCharts(
    ChartData MessagesByState,
    ChartData MessagesByType,
    ChartData Uitval,
    RetourmeldingTrend Retourmeldingen,
    ChartData PullRows,
    ChartData PullSeconds);

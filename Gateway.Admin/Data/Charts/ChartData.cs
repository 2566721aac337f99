namespace Gateway.Admin.Data.Charts;

/// <summary>One named series of a chart: one value per day of the period (null: nothing to show that day).</summary>
/// <param name="Key">The series' name as data (a state, type, connector); the page translates it.</param>
internal sealed record ChartSeries(string Key, IReadOnlyList<double?> Values)
{
    public double Total => Values.Sum(v => v ?? 0);
}

/// <summary>A chart's data: days (Europe/Amsterdam) and series over them.</summary>
internal sealed record ChartData(IReadOnlyList<DateOnly> Days, IReadOnlyList<ChartSeries> Series)
{
    public bool IsEmpty => Series.All(s => s.Values.All(v => v is null or 0));
}

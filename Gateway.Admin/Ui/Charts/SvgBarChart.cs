namespace Gateway.Admin.Ui.Charts;

/// <summary>Stacked bars, one per day: each series a coloured part of the day's bar, with its value as the part's tooltip.</summary>
internal static class SvgBarChart
{
    public static Html Render(ChartSpec spec)
    {
        var days = spec.Data.Days.Count;
        var totals = Enumerable.Range(0, days).Select(i => spec.Data.Series.Sum(s => s.Values[i] ?? 0)).ToList();
        var ceiling = SvgFigure.Ceiling(totals.DefaultIfEmpty(0).Max());
        var slot = SvgFigure.PlotWidth / days;
        var width = Math.Max(1, slot * 0.7);
        var bars = new List<Html>();
        for (var i = 0; i < days; i++)
        {
            var x = SvgFigure.Left + slot * i + (slot - width) / 2;
            double below = 0;
            for (var s = 0; s < spec.Data.Series.Count; s++)
            {
                var series = spec.Data.Series[s];
                if (series.Values[i] is not { } value || value <= 0)
                {
                    continue;
                }
                var top = SvgFigure.Y(below + value, ceiling);
                var height = SvgFigure.Y(below, ceiling) - top;
                below += value;
                bars.Add(H.Of($"<rect class=\"bar {spec.ColourOf(s)}\" x=\"{SvgFigure.N(x)}\" y=\"{SvgFigure.N(top)}\" width=\"{SvgFigure.N(width)}\" height=\"{SvgFigure.N(height)}\"><title>{ChartSpec.Day(spec.Data.Days[i])} {spec.Label(series.Key)}: {spec.Format(value)}</title></rect>"));
            }
        }
        return SvgFigure.Render(spec, "bars", ceiling, H.Of($"{bars}"));
    }
}

namespace Gateway.Admin.Ui.Charts;

/// <summary>Lines, one per series, through each day's value (a day without a value breaks the line); a dot per value with its tooltip.</summary>
internal static class SvgLineChart
{
    /// <param name="ceiling">A fixed top of the value axis (100 for a percentage), else rounded up from the largest value.</param>
    public static Html Render(ChartSpec spec, double? ceiling = null)
    {
        var days = spec.Data.Days.Count;
        var max = spec.Data.Series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty(0).Max();
        var top = ceiling ?? SvgFigure.Ceiling(max);
        var slot = SvgFigure.PlotWidth / days;
        var marks = new List<Html>();
        for (var s = 0; s < spec.Data.Series.Count; s++)
        {
            var series = spec.Data.Series[s];
            var path = new System.Text.StringBuilder();
            var drawing = false;
            var dots = new List<Html>();
            for (var i = 0; i < days; i++)
            {
                if (series.Values[i] is not { } value)
                {
                    drawing = false;
                    continue;
                }
                var x = SvgFigure.N(SvgFigure.Left + slot * (i + 0.5));
                var y = SvgFigure.N(SvgFigure.Y(value, top));
                path.Append(drawing ? " L" : " M").Append(x).Append(' ').Append(y);
                drawing = true;
                dots.Add(H.Of($"<circle class=\"dot {spec.ColourOf(s)}\" cx=\"{x}\" cy=\"{y}\" r=\"3\"><title>{ChartSpec.Day(spec.Data.Days[i])} {spec.Label(series.Key)}: {spec.Format(value)}</title></circle>"));
            }
            if (path.Length > 0)
            {
                marks.Add(H.Of($"<path class=\"line {spec.ColourOf(s)}\" d=\"{path.ToString().Trim()}\"/>"));
            }
            marks.AddRange(dots);
        }
        return SvgFigure.Render(spec, "lines", top, H.Of($"{marks}"));
    }
}

using System.Globalization;

namespace Gateway.Admin.Ui.Charts;

/// <summary>
/// The frame every chart shares: a figure with a caption, the SVG (role img, labelled by its own title and description,
/// a value axis with grid lines, day labels), a legend, and the values as a table (in a details element).
/// Styled by classes from <c>admin.css</c> only: no style attributes and no scripts, so the strict CSP holds.
/// </summary>
internal static class SvgFigure
{
    public const double Width = 640;
    public const double Height = 220;
    public const double Left = 52;
    public const double Right = 12;
    public const double Top = 12;
    public const double Bottom = 26;
    public const double PlotWidth = Width - Left - Right;
    public const double PlotHeight = Height - Top - Bottom;

    /// <summary>Invariant number for an SVG coordinate.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static readonly double[] Steps = [1, 2, 4, 8, 10];

    /// <summary>A round upper bound for the value axis that four grid steps divide evenly (1, 2, 4, 8 × 10ⁿ), at least 4.</summary>
    public static double Ceiling(double max)
    {
        if (max <= 4)
        {
            return 4;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        return Steps.Select(f => f * magnitude).First(c => c >= max);
    }

    public static double Y(double value, double ceiling) => Top + PlotHeight - value / ceiling * PlotHeight;

    public static Html Render(ChartSpec spec, string kind, double ceiling, Html marks)
    {
        var id = spec.Id;
        var grid = Enumerable.Range(0, 5).Select(i =>
        {
            var value = ceiling * i / 4;
            var y = N(Y(value, ceiling));
            return H.Of($"<line class=\"grid\" x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"axis\" x=\"{N(Left - 6)}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{spec.Format(value, "#,0.##")}</text>");
        });
        var slot = PlotWidth / spec.Data.Days.Count;
        var days = spec.Data.Days.Select((d, i) => (d, i)).Where(x => (spec.Data.Days.Count - 1 - x.i) % 7 == 0)
            .Select(x => H.Of($"<text class=\"axis\" x=\"{N(Left + slot * (x.i + 0.5))}\" y=\"{N(Height - 8)}\" text-anchor=\"middle\">{ChartSpec.Day(x.d)}</text>"));
        var legend = spec.Data.Series.Select((s, i) => H.Of($"<li><span class=\"swatch {spec.ColourOf(i)}\"></span>{spec.Label(s.Key)}</li>"));
        var empty = H.When(spec.Data.IsEmpty, H.Of($"<text class=\"empty\" x=\"{N(Left + PlotWidth / 2)}\" y=\"{N(Top + PlotHeight / 2)}\" text-anchor=\"middle\">{spec.Text.NoData}</text>"));
        return H.Of($"""
            <figure class="chart {kind}" id="{id}">
              <figcaption>{spec.Title}</figcaption>
              <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(Width)} {N(Height)}" role="img" aria-labelledby="{id}-title {id}-desc">
                <title id="{id}-title">{spec.Title}</title>
                <desc id="{id}-desc">{spec.Summary()}</desc>
                {grid}
                <line class="axis-line" x1="{N(Left)}" x2="{N(Width - Right)}" y1="{N(Top + PlotHeight)}" y2="{N(Top + PlotHeight)}"/>
                {days}
                {marks}
                {empty}
              </svg>
              <ul class="legend">{legend}</ul>
              {ValuesTable(spec)}
            </figure>
            """);
    }

    /// <summary>How many series colours the stylesheet has (<c>.s0</c>…).</summary>
    public const int Palette = 8;

    private static Html ValuesTable(ChartSpec spec)
    {
        var rows = spec.Data.Days.Select((day, i) => H.Of($"<tr><td>{ChartSpec.Day(day)}</td>{spec.Data.Series.Select(s => H.Of($"<td class=\"num\">{spec.Format(s.Values[i])}</td>"))}</tr>"));
        return H.Of($"""
            <details class="values"><summary>{spec.Text.ValuesAsTable}</summary>
            <table id="{spec.Id}-values"><thead><tr><th>{spec.Text.Day}</th>{spec.Data.Series.Select(s => H.Of($"<th>{spec.Label(s.Key)}</th>"))}</tr></thead>
            <tbody>{rows}</tbody></table></details>
            """);
    }
}

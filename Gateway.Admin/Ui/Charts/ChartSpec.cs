using System.Globalization;
using Gateway.Admin.Data.Charts;

namespace Gateway.Admin.Ui.Charts;

/// <summary>What a chart shows and how it is labelled: the data, its title and description, each series' label and the unit.</summary>
/// <param name="Id">The figure's id (also the prefix of its title, description and table ids).</param>
/// <param name="Label">A series' label in the page's language.</param>
/// <param name="Unit">Written after each value ("%", " s", " h"); empty for counts.</param>
/// <param name="Summed">Whether the series' totals mean something (counts) or their averages do (rates, durations).</param>
/// <param name="Colour">A series' colour class (<c>s0</c>…<c>s7</c>) by its key; by default its position.</param>
internal sealed record ChartSpec(string Id, string Title, string Description, ChartData Data, Func<string, string> Label, string Unit, bool Summed, ChartText Text,
    Func<string, string?>? Colour = null)
{
    /// <summary>The colour class of the series at <paramref name="index"/>.</summary>
    public string ColourOf(int index) => Colour?.Invoke(Data.Series[index].Key) ?? $"s{index % SvgFigure.Palette}";

    public NumberFormatInfo Culture => Text.Culture;

    /// <summary>A value as the page shows it, in the page's culture with its unit.</summary>
    public string Format(double? value, string pattern = "#,0.#") => value is { } v ? v.ToString(pattern, Culture) + Unit : "–";

    /// <summary>The text that says what the chart shows, for screen readers and as the figure's caption detail: the description, then per series its total or average.</summary>
    public string Summary()
    {
        var parts = Data.Series.Select(s =>
        {
            var values = s.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
            var figure = Summed ? Format(s.Total) : values.Count == 0 ? "–" : Format(Math.Round(values.Average(), 1));
            return $"{Label(s.Key)}: {figure}";
        });
        var period = $"{Day(Data.Days[0])} – {Day(Data.Days[^1])}";
        return Data.IsEmpty
            ? $"{Description} ({period}). {Text.NoData}"
            : $"{Description} ({period}). {(Summed ? Text.Totals : Text.Averages)}: {string.Join("; ", parts)}.";
    }

    public static string Day(DateOnly day) => day.ToString("dd-MM", CultureInfo.InvariantCulture);
}

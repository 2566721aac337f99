using System.Xml.Linq;
using Gateway.Admin.Data.Charts;
using Gateway.Admin.Ui.Charts;

namespace Gateway.Admin.Tests.Charts;

/// <summary>
/// The SVG the charts render, read back as XML: accessible (role img, labelled by its own title and a description that
/// states the figures), marks where the values put them, the values again as a table, and nothing the strict CSP
/// would block (no style attributes, no scripts, no external references).
/// </summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly DateOnly[] Days = [new(2026, 12, 5), new(2026, 12, 6), new(2026, 12, 7)];

    private static ChartSpec Spec(ChartData data, string unit = "", bool summed = true, ChartText? text = null) =>
        new("chart-test", "Berichten per dag", "Gestapelde staven", data, k => "label " + k, unit, summed, text ?? ChartText.Dutch);

    [Fact]
    public void A_stacked_bar_chart_draws_one_part_per_nonzero_value_scaled_to_a_round_axis_and_says_its_totals()
    {
        var data = new ChartData(Days, [new ChartSeries("Delivered", [3, 0, 5]), new ChartSeries("Rejected", [1, null, 1])]);

        var figure = XElement.Parse(SvgBarChart.Render(Spec(data)).Value);

        var svg = figure.Element(Svg + "svg")!;
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("chart-test-title chart-test-desc", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Berichten per dag", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Gestapelde staven (05-12 – 07-12). Totaal: label Delivered: 8; label Rejected: 2.", svg.Element(Svg + "desc")!.Value);
        var bars = svg.Elements(Svg + "rect").ToList();
        Assert.Equal(4, bars.Count);
        // the highest day stacks 5 + 1 = 6 under an axis that ends at 8 (four even steps): 75 % of the plot's height
        var highest = bars.Where(b => b.Element(Svg + "title")!.Value.StartsWith("07-12", StringComparison.Ordinal)).Sum(b => double.Parse(b.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SvgFigure.PlotHeight * 0.75, highest, 0.2);
        Assert.Equal("07-12 label Rejected: 1", bars[^1].Element(Svg + "title")!.Value);
        Assert.Equal(["0", "2", "4", "6", "8"], svg.Elements(Svg + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => t.Value));
        var rows = figure.Descendants("table").Single().Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["06-12", "0", "–"], rows[1].Elements("td").Select(td => td.Value));
        Assert.Equal(["label Delivered", "label Rejected"], figure.Element("ul")!.Elements("li").Select(li => li.Value));
        AssertNothingTheCspBlocks(figure);
    }

    [Fact]
    public void A_line_chart_breaks_at_days_without_a_value_and_writes_numbers_in_the_pages_language()
    {
        var data = new ChartData(Days, [new ChartSeries("rate", [75.5, null, 100])]);

        var dutch = XElement.Parse(SvgLineChart.Render(Spec(data, "%", summed: false), ceiling: 100).Value);
        var english = XElement.Parse(SvgLineChart.Render(Spec(data, "%", summed: false, ChartText.English), ceiling: 100).Value);

        var path = dutch.Descendants(Svg + "path").Single().Attribute("d")!.Value;
        Assert.Equal(2, path.Split('M').Length - 1);
        Assert.DoesNotContain('L', path);
        Assert.Equal(2, dutch.Descendants(Svg + "circle").Count());
        Assert.Equal("05-12 label rate: 75,5%", dutch.Descendants(Svg + "circle").First().Element(Svg + "title")!.Value);
        Assert.Equal("05-12 label rate: 75.5%", english.Descendants(Svg + "circle").First().Element(Svg + "title")!.Value);
        Assert.EndsWith("Gemiddeld: label rate: 87,8%.", dutch.Element(Svg + "svg")!.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        AssertNothingTheCspBlocks(dutch);
    }

    [Fact]
    public void An_empty_chart_says_so_and_values_are_encoded()
    {
        var data = new ChartData(Days, [new ChartSeries("<script>alert(1)</script>", [0, 0, 0])]);

        var html = SvgBarChart.Render(Spec(data) with { Label = k => k }).Value;
        var figure = XElement.Parse(html);

        Assert.Empty(figure.Descendants(Svg + "rect"));
        Assert.Equal("Geen gegevens in deze periode.", figure.Descendants(Svg + "text").Single(t => t.Attribute("class")?.Value == "empty").Value);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        AssertNothingTheCspBlocks(figure);
    }

    private static void AssertNothingTheCspBlocks(XElement figure)
    {
        var all = figure.DescendantsAndSelf().ToList();
        Assert.DoesNotContain(all, e => e.Attribute("style") is not null);
        Assert.DoesNotContain(all, e => e.Name.LocalName is "script" or "style" or "foreignObject" or "image" or "use");
        Assert.DoesNotContain(all, e => e.Attributes().Any(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href"));
    }
}

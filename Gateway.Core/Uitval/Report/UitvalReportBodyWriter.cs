using System.Globalization;
using System.Net;
using System.Text;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Writes the Dutch text and HTML of one account's report: a section with the items that are new since the previous
/// report and one with those still open. Items must already be scrubbed.
/// </summary>
public sealed class UitvalReportBodyWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly TimeZoneInfo _zone;
    private readonly int _maxLinesPerSection;

    public UitvalReportBodyWriter(TimeZoneInfo zone, int maxLinesPerSection)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLinesPerSection);
        _zone = zone;
        _maxLinesPerSection = maxLinesPerSection;
    }

    public (string Text, string Html) Write(string account, DateTimeOffset reportTime, UitvalMailLevel level,
        IReadOnlyList<UitvalReportItem> newItems, IReadOnlyList<UitvalReportItem> openItems)
    {
        var columns = Columns(level);
        var text = new StringBuilder();
        var html = new StringBuilder();
        var title = $"Uitvalrapport {account}";
        var when = $"{LocalTime(reportTime)} ({_zone.Id})";
        text.AppendLine(title).AppendLine(when).AppendLine();
        html.Append("<!DOCTYPE html><html lang=\"nl\"><body style=\"font-family:sans-serif\">")
            .Append(Invariant, $"<h2>{Encode(title)}</h2><p>{Encode(when)}</p>\n");
        if (newItems.Count == 0 && openItems.Count == 0)
        {
            const string Nothing = "Er is geen nieuwe of openstaande uitval.";
            text.AppendLine(Nothing);
            html.Append(Invariant, $"<p>{Nothing}</p>");
        }
        else
        {
            WriteSection("Nieuw sinds het vorige rapport", newItems, columns, text, html);
            WriteSection("Nog openstaand", openItems, columns, text, html);
        }
        const string Footer = "Uitval van alle datastromen behalve Verzuim wordt bij de eerstvolgende synchronisatie opnieuw "
            + "opgehaald en verdwijnt vanzelf zodra die slaagt. Uitval van Verzuim blijft staan tot een beheerder het "
            + "opnieuw aanbiedt of afwijst.";
        text.AppendLine().AppendLine(Footer);
        html.Append(Invariant, $"<p style=\"color:#555\">{Footer}</p></body></html>");
        return (text.ToString(), html.ToString());
    }

    private void WriteSection(string heading, IReadOnlyList<UitvalReportItem> items, IReadOnlyList<Column> columns,
        StringBuilder text, StringBuilder html)
    {
        var header = $"{heading} ({items.Count})";
        text.AppendLine(header);
        html.Append(Invariant, $"<h3>{Encode(header)}</h3>\n");
        if (items.Count == 0)
        {
            text.AppendLine("  geen").AppendLine();
            html.Append("<p>geen</p>");
            return;
        }
        html.Append("<table style=\"border-collapse:collapse\" border=\"1\" cellpadding=\"4\"><thead><tr>");
        foreach (var column in columns)
        {
            html.Append(Invariant, $"<th align=\"left\">{column.Name}</th>");
        }
        html.Append("</tr></thead><tbody>\n");
        foreach (var item in items.Take(_maxLinesPerSection))
        {
            text.Append("- ").AppendJoin(" | ", columns.Select(c => $"{c.Name}: {c.Value(item)}")).AppendLine();
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append(Invariant, $"<td>{Encode(column.Value(item))}</td>");
            }
            // one row per line keeps every line far below the 998 characters SMTP allows
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
        if (items.Count > _maxLinesPerSection)
        {
            var more = $"… en nog {items.Count - _maxLinesPerSection} (zie uitvalbeheer)";
            text.AppendLine(more);
            html.Append(Invariant, $"<p>{Encode(more)}</p>");
        }
        text.AppendLine();
    }

    private List<Column> Columns(UitvalMailLevel level)
    {
        var withMetadata = level == UitvalMailLevel.WithMetadata;
        var showSeverity = level != UitvalMailLevel.OnlyUitval;
        var columns = new List<Column>();
        if (showSeverity)
        {
            columns.Add(new Column("Soort", i => UitvalReportLabels.Severity(i.Severity)));
        }
        if (withMetadata)
        {
            columns.Add(new Column("Integratie", i => i.Integration));
        }
        columns.Add(new Column("Stap", i => UitvalReportLabels.Stage(i.Stage)));
        columns.Add(new Column("Sleutel", i => i.RecordKey ?? "-"));
        if (withMetadata)
        {
            columns.Add(new Column("Veld", i => i.Field ?? "-"));
        }
        columns.Add(new Column("Reden", i => i.Reason));
        if (withMetadata)
        {
            columns.Add(new Column("Opgetreden", i => LocalTime(i.RaisedAt)));
        }
        return columns;
    }

    private string LocalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, _zone).ToString("dd-MM-yyyy HH:mm", Invariant);

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private sealed record Column(string Name, Func<UitvalReportItem, string> Value);
}

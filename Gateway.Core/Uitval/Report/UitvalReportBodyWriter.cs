using System.Globalization;
using System.Net;
using System.Text;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Writes the Dutch text and HTML of one recipient's report: pulls that failed as a whole, messages no Retourmelding
/// answered in time, the failed records new since the previous report and those still open. Each line is a sentence
/// that stands alone (<see cref="UitvalReportLabels.Sentence"/>). Items must already be scrubbed.
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

    public (string Text, string Html) Write(string accounts, DateTimeOffset reportTime, UitvalMailLevel level, IReadOnlyList<UitvalReportItem> items)
    {
        var columns = Columns(level);
        var text = new StringBuilder();
        var html = new StringBuilder();
        var title = $"Uitvalrapport {accounts}";
        var when = $"{LocalTime(reportTime)} ({_zone.Id})";
        text.AppendLine(title).AppendLine(when).AppendLine();
        html.Append("<!DOCTYPE html><html lang=\"nl\"><body style=\"font-family:sans-serif\">")
            .Append(Invariant, $"<h2>{Encode(title)}</h2><p>{Encode(when)}</p>\n");
        var held = items.Where(i => i.Kind == UitvalItemKind.HeldPull).ToList();
        var pulls = items.Where(i => i.Kind == UitvalItemKind.PullFailure).ToList();
        var unanswered = items.Where(i => i.Kind == UitvalItemKind.Unacknowledged).ToList();
        var records = items.Where(i => i.Kind == UitvalItemKind.Record).ToList();
        if (held.Count > 0)
        {
            WriteSection("Tegengehouden synchronisaties (te veel wijzigingen, wachten op een beheerder)", held, columns, level, text, html);
        }
        if (pulls.Count > 0)
        {
            WriteSection("Synchronisaties die mislukken", pulls, columns, level, text, html);
        }
        if (unanswered.Count > 0)
        {
            WriteSection("Berichten zonder Retourmelding", unanswered, columns, level, text, html);
        }
        if (records.Count == 0 && pulls.Count == 0 && unanswered.Count == 0 && held.Count == 0)
        {
            const string Nothing = "Er is geen nieuwe of openstaande uitval.";
            text.AppendLine(Nothing);
            html.Append(Invariant, $"<p>{Nothing}</p>");
        }
        else
        {
            WriteSection("Nieuw sinds het vorige rapport", [.. records.Where(i => i.IsNew)], columns, level, text, html);
            WriteSection("Nog openstaand", [.. records.Where(i => !i.IsNew)], columns, level, text, html);
        }
        const string Footer = "Uitval van alle datastromen behalve Verzuim wordt bij de eerstvolgende geplande synchronisatie opnieuw "
            + "opgehaald en opnieuw verwerkt in de stap waarin het misging; wat dan slaagt verdwijnt vanzelf uit dit rapport. Uitval "
            + "van Verzuim blijft staan tot een beheerder het opnieuw aanbiedt of afwijst.";
        text.AppendLine().AppendLine(Footer);
        html.Append(Invariant, $"<p style=\"color:#555\">{Footer}</p></body></html>");
        return (text.ToString(), html.ToString());
    }

    private void WriteSection(string heading, List<UitvalReportItem> items, List<Column> columns, UitvalMailLevel level,
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
            text.Append("- ").Append(UitvalReportLabels.Sentence(item));
            foreach (var extra in Extras(item, level))
            {
                text.Append(' ').Append(extra);
            }
            text.AppendLine();
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

    /// <summary>What the text line adds above the default level: the severity, and with metadata the integration, field and time.</summary>
    private IEnumerable<string> Extras(UitvalReportItem item, UitvalMailLevel level)
    {
        if (level != UitvalMailLevel.OnlyUitval)
        {
            yield return $"Soort: {UitvalReportLabels.Severity(item.Severity)}.";
        }
        if (level == UitvalMailLevel.WithMetadata)
        {
            yield return $"Integratie: {item.Integration ?? "-"}. Veld: {item.Field ?? "-"}. Opgetreden: {LocalTime(item.RaisedAt)}.";
        }
    }

    private List<Column> Columns(UitvalMailLevel level)
    {
        var columns = new List<Column>();
        if (level != UitvalMailLevel.OnlyUitval)
        {
            columns.Add(new Column("Soort", i => UitvalReportLabels.Severity(i.Severity)));
        }
        columns.Add(new Column("Account", i => i.Account));
        if (level == UitvalMailLevel.WithMetadata)
        {
            columns.Add(new Column("Integratie", i => i.Integration ?? "-"));
        }
        columns.Add(new Column("Datastroom", i => UitvalReportLabels.Stream(i.Connector)));
        columns.Add(new Column("Stap", i => UitvalReportLabels.Stage(i.Stage)));
        columns.Add(new Column("Sleutel", i => i.RecordKey ?? "-"));
        columns.Add(new Column("Veld", i => i.Field ?? "-"));
        columns.Add(new Column("Melding", UitvalReportLabels.Sentence));
        if (level == UitvalMailLevel.WithMetadata)
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

using System.Globalization;
using Gateway.Core.Privacy;
using MimeKit;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Turns the day's uitval items into one e-mail per account that has report recipients, showing each recipient
/// list the items its <see cref="UitvalMailLevel"/> asks for. Every free-text value passes
/// <see cref="PersonalDataScrubber"/> first.
/// </summary>
public sealed class UitvalReportComposer
{
    private readonly UitvalReportOptions _options;
    private readonly UitvalReportBodyWriter _bodyWriter;
    private readonly TimeZoneInfo _zone;

    public UitvalReportComposer(UitvalReportOptions options)
    {
        _options = options;
        _zone = DailySchedule.ResolveZone(options.TimeZone);
        _bodyWriter = new UitvalReportBodyWriter(_zone, options.MaxLinesPerSection);
    }

    /// <summary>The reports to send at <paramref name="reportTime"/>; the caller disposes them.</summary>
    public IReadOnlyList<UitvalReport> Compose(IReadOnlyList<UitvalReportItem> items, DateTimeOffset reportTime)
    {
        var byAccount = items.GroupBy(i => i.Account, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var reports = new List<UitvalReport>();
        foreach (var (account, recipients) in _options.Recipients.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (recipients.Addresses.Count == 0)
            {
                continue;
            }
            var visible = byAccount.GetValueOrDefault(account, [])
                .Where(i => IsShown(i.Severity, recipients.Level))
                .OrderBy(i => i.RaisedAt).ThenBy(i => i.RecordKey, StringComparer.Ordinal)
                .Select(Scrub)
                .ToList();
            if (visible.Count == 0 && !_options.SendWhenEmpty)
            {
                continue;
            }
            reports.Add(Build(account, recipients, reportTime, visible));
        }
        return reports;
    }

    /// <summary>Accounts that have items but nobody to tell: worth a warning in the log.</summary>
    public IReadOnlyList<string> AccountsWithoutRecipients(IEnumerable<UitvalReportItem> items) =>
    [
        .. items.Select(i => i.Account).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(a => !_options.Recipients.TryGetValue(a, out var r) || r.Addresses.Count == 0)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Whether a recipient list at <paramref name="level"/> sees items of <paramref name="severity"/>.</summary>
    public static bool IsShown(UitvalSeverity severity, UitvalMailLevel level) => level switch
    {
        UitvalMailLevel.OnlyUitval => severity == UitvalSeverity.Uitval,
        UitvalMailLevel.WithWarnings => severity is UitvalSeverity.Uitval or UitvalSeverity.Warning,
        _ => true,
    };

    private UitvalReport Build(string account, UitvalReportRecipients recipients, DateTimeOffset reportTime, List<UitvalReportItem> items)
    {
        var newItems = items.Where(i => i.IsNew).ToList();
        var openItems = items.Where(i => !i.IsNew).ToList();
        var (text, html) = _bodyWriter.Write(account, reportTime, recipients.Level, newItems, openItems);
        var localDate = TimeZoneInfo.ConvertTime(reportTime, _zone).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        foreach (var address in recipients.Addresses)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }
        message.Subject = $"Uitvalrapport {account} {localDate}: {newItems.Count} nieuw, {openItems.Count} openstaand";
        message.Date = TimeZoneInfo.ConvertTime(reportTime, _zone);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return new UitvalReport(account, message, newItems.Count, openItems.Count);
    }

    private static UitvalReportItem Scrub(UitvalReportItem item) => item with
    {
        Integration = PersonalDataScrubber.Scrub(item.Integration)!,
        RecordKey = PersonalDataScrubber.Scrub(item.RecordKey),
        Field = PersonalDataScrubber.Scrub(item.Field),
        Reason = PersonalDataScrubber.Scrub(item.Reason)!,
    };
}

using System.Globalization;
using Gateway.Core.Privacy;
using MimeKit;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Turns the day's items into one e-mail per recipient address: the items of every account the address is a
/// recipient of, each shown at that account's <see cref="UitvalMailLevel"/>, and each record once — an import failure
/// that concerns two of the recipient's accounts is one line naming both. Every free-text value passes
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

    /// <summary>The reports to send at <paramref name="reportTime"/>, one per recipient address; the caller disposes them.</summary>
    public IReadOnlyList<UitvalReport> Compose(IReadOnlyList<UitvalReportItem> items, DateTimeOffset reportTime)
    {
        var byAccount = items.GroupBy(i => i.Account, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var reports = new List<UitvalReport>();
        foreach (var (address, subscriptions) in Subscriptions())
        {
            var visible = subscriptions
                .SelectMany(s => byAccount.GetValueOrDefault(s.Account, []).Where(i => IsShown(i.Severity, s.Level)))
                .GroupBy(i => i.Key, StringComparer.Ordinal)
                .Select(Merge)
                .OrderBy(i => i.RaisedAt).ThenBy(i => i.RecordKey, StringComparer.Ordinal)
                .Select(Scrub)
                .ToList();
            if (visible.Count == 0 && !_options.SendWhenEmpty)
            {
                continue;
            }
            var level = subscriptions.Max(s => s.Level);
            reports.Add(Build(address, string.Join(", ", subscriptions.Select(s => s.Account)), level, reportTime, visible));
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

    /// <summary>Per address (in order), the accounts it receives the report of, with their levels.</summary>
    private List<(string Address, List<(string Account, UitvalMailLevel Level)> Accounts)> Subscriptions()
    {
        var byAddress = new Dictionary<string, List<(string, UitvalMailLevel)>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var (account, recipients) in _options.Recipients.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var address in recipients.Addresses.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                var key = MailboxAddress.Parse(address).Address;
                if (!byAddress.TryGetValue(key, out var accounts))
                {
                    byAddress[key] = accounts = [];
                    order.Add(address);
                }
                accounts.Add((account, recipients.Level));
            }
        }
        return [.. order.Select(a => (a, byAddress[MailboxAddress.Parse(a).Address]))];
    }

    /// <summary>One line for what several accounts report the same: it names each of them.</summary>
    private static UitvalReportItem Merge(IGrouping<string, UitvalReportItem> same)
    {
        var first = same.First();
        var accounts = same.Select(i => i.Account).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return first with { Account = string.Join(", ", accounts), IsNew = same.Any(i => i.IsNew) };
    }

    private UitvalReport Build(string address, string accounts, UitvalMailLevel level, DateTimeOffset reportTime, List<UitvalReportItem> items)
    {
        var records = items.Where(i => i.Kind == UitvalItemKind.Record).ToList();
        var newItems = records.Where(i => i.IsNew).ToList();
        var openItems = records.Where(i => !i.IsNew).ToList();
        var (text, html) = _bodyWriter.Write(accounts, reportTime, level, items);
        var localDate = TimeZoneInfo.ConvertTime(reportTime, _zone).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_options.From));
        message.To.Add(MailboxAddress.Parse(address));
        var others = items.Count - records.Count;
        message.Subject = $"Uitvalrapport {accounts} {localDate}: {newItems.Count} nieuw, {openItems.Count} openstaand"
            + (others > 0 ? $", {others} meldingen over synchronisatie en Retourmeldingen" : "");
        message.Date = TimeZoneInfo.ConvertTime(reportTime, _zone);
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return new UitvalReport(accounts, message, newItems.Count, openItems.Count);
    }

    private static UitvalReportItem Scrub(UitvalReportItem item) => item with
    {
        Integration = PersonalDataScrubber.Scrub(item.Integration),
        RecordKey = PersonalDataScrubber.Scrub(item.RecordKey),
        Field = PersonalDataScrubber.Scrub(item.Field),
        Reason = PersonalDataScrubber.Scrub(item.Reason)!,
    };
}

using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;

namespace Gateway.Core.Tests.Uitval.Report;

/// <summary>Options and items the report tests share, with personal data planted where a careless producer might put it.</summary>
internal static class ReportSamples
{
    public const string PlantedBsn = "123456782";
    public const string PlantedIban = "NL91ABNA0417164300";

    /// <summary>07:00 in Amsterdam on Monday 30 March 2026 (summer time).</summary>
    public static readonly DateTimeOffset ReportTime = new(2026, 3, 30, 5, 0, 0, TimeSpan.Zero);

    public static UitvalReportOptions Options(UitvalMailLevel levelForNoord = UitvalMailLevel.OnlyUitval) => new()
    {
        From = "SIVI gateway <gateway@example.test>",
        Recipients = new(StringComparer.OrdinalIgnoreCase)
        {
            ["arbo-noord"] = new() { Addresses = ["beheer@noord.example.test", "hr@noord.example.test"], Level = levelForNoord },
            ["arbo-zuid"] = new() { Addresses = ["beheer@zuid.example.test"], Level = UitvalMailLevel.WithWarnings },
            ["arbo-stil"] = new() { Addresses = ["beheer@stil.example.test"] },
        },
    };

    public static List<UitvalReportItem> Items() =>
    [
        Item("arbo-noord", "emp-new-1", $"Geboortedatum ontbreekt (BSN {PlantedBsn})", isNew: true, hoursAgo: 3),
        Item("arbo-noord", "emp-open-1", $"IBAN {PlantedIban} hoort niet in dit bericht", isNew: false, hoursAgo: 30),
        Item("arbo-noord", "emp-warn-1", "Adres onvolledig", isNew: true, hoursAgo: 2, UitvalSeverity.Warning),
        Item("arbo-noord", "emp-note-1", "Dienstverband zonder einddatum", isNew: false, hoursAgo: 50, UitvalSeverity.Notice),
        Item("arbo-zuid", "case-9", "Ontvanger <sftp> weigerde het bestand", isNew: true, hoursAgo: 1, UitvalSeverity.Uitval, UitvalStage.Delivery),
        Item("arbo-zuid", "case-10", "Verzuim wegens burn-out niet doorgegeven", isNew: false, hoursAgo: 26),
        Item("arbo-onbekend", "emp-x", "Werkgever niet actief", isNew: true, hoursAgo: 4),
    ];

    public static UitvalReportItem Item(string account, string key, string reason, bool isNew, int hoursAgo,
        UitvalSeverity severity = UitvalSeverity.Uitval, UitvalStage stage = UitvalStage.Validation) =>
        new("afas-" + account, account, stage, key, "Geboortedatum", reason, ReportTime.AddHours(-hoursAgo), isNew, severity);
}

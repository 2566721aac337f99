namespace Gateway.Core.Uitval.Report;

/// <summary>Configuration section <c>Gateway:UitvalReport</c>: the daily uitval e-mail.</summary>
public sealed class UitvalReportOptions
{
    public const string Section = "Gateway:UitvalReport";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Sender, e.g. <c>SIVI gateway &lt;gateway@example.nl&gt;</c>.</summary>
    public string From { get; set; } = "SIVI gateway <gateway@localhost>";

    /// <summary>Wall-clock time of the daily report, <c>HH:mm</c>. Default <c>07:00</c>.</summary>
    public string Time { get; set; } = "07:00";

    /// <summary>IANA time zone the <see cref="Time"/> is read in. Default <c>Europe/Amsterdam</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Per account name: who gets its report and at which level. Accounts not listed get no e-mail.</summary>
    public Dictionary<string, UitvalReportRecipients> Recipients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Also mail an account that has nothing to report ("geen uitval"). Default off.</summary>
    public bool SendWhenEmpty { get; set; }

    /// <summary>Lines per section (new, open) before the e-mail refers to uitvalbeheer for the rest. Default 500.</summary>
    public int MaxLinesPerSection { get; set; } = 500;

    /// <summary>Attempts to send a day's report before giving up until the next day. Default 3.</summary>
    public int SendAttempts { get; set; } = 3;

    /// <summary>
    /// A delivered message of an account that reads Retourmeldingen and is not acknowledged by one within this time is
    /// listed in the report. Default 2 days; zero leaves them out.
    /// </summary>
    public TimeSpan AcknowledgementWithin { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Wait between attempts. Default 5 minutes.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}

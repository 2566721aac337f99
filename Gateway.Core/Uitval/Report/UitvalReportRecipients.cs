namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Who gets one account's daily report, and how much of it: section
/// <c>Gateway:UitvalReport:Recipients:&lt;account&gt;</c>.
/// </summary>
public sealed class UitvalReportRecipients
{
    /// <summary>E-mail addresses, e.g. <c>Gateway:UitvalReport:Recipients:klant-a:Addresses:0</c>.</summary>
    public List<string> Addresses { get; set; } = [];

    /// <summary>Default <see cref="UitvalMailLevel.OnlyUitval"/>.</summary>
    public UitvalMailLevel Level { get; set; } = UitvalMailLevel.OnlyUitval;
}

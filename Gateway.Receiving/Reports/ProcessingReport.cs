namespace Gateway.Receiving.Reports;

/// <summary>
/// The processing report of one receiving run that saw files or new intake problems: counts per outcome and the text
/// the account's recipients get by mail (at the fullest level), kept for the console.
/// </summary>
public sealed class ProcessingReport
{
    public long Id { get; set; }

    public string Account { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public int Files { get; set; }

    public int Processed { get; set; }

    public int Refused { get; set; }

    public int Held { get; set; }

    public int Waiting { get; set; }

    public int Problems { get; set; }

    public string Text { get; set; } = "";
}

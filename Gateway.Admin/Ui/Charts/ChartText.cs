using System.Globalization;

namespace Gateway.Admin.Ui.Charts;

/// <summary>
/// The texts of the dashboard's trends, next runs and alert banner in the UI's two languages, beside
/// <see cref="UiLanguages"/>: chosen by the page's language.
/// </summary>
internal sealed record ChartText
{
    /// <summary>How numbers are written (the process runs with invariant globalization, so the separators are set here).</summary>
    public required NumberFormatInfo Culture { get; init; }

    public required Func<int, string> Trends { get; init; }

    public required string MessagesByState { get; init; }

    public required string MessagesByStateDescription { get; init; }

    public required string MessagesByType { get; init; }

    public required string MessagesByTypeDescription { get; init; }

    public required string Uitval { get; init; }

    public required string UitvalDescription { get; init; }

    public required string Opened { get; init; }

    public required string Closed { get; init; }

    public required string AcceptanceRate { get; init; }

    public required string AcceptanceRateDescription { get; init; }

    public required string Turnaround { get; init; }

    public required string TurnaroundDescription { get; init; }

    /// <summary>(answered, acknowledged, rate text, median text).</summary>
    public required Func<int, int, string, string, string> RetourSummary { get; init; }

    public required string PullRows { get; init; }

    public required string PullRowsDescription { get; init; }

    public required string PullSeconds { get; init; }

    public required string PullSecondsDescription { get; init; }

    public required string NoData { get; init; }

    public required string Totals { get; init; }

    public required string Averages { get; init; }

    public required string ValuesAsTable { get; init; }

    public required string Day { get; init; }

    public required string NextRuns { get; init; }

    public required string Job { get; init; }

    public required string Next { get; init; }

    public required string Schedule { get; init; }

    public required string KindPull { get; init; }

    public required string KindMail { get; init; }

    public required string NoPlannedJobs { get; init; }

    public required Func<string, string> BlockedAccounts { get; init; }

    public required Func<string, string> FailedPulls { get; init; }

    public required string TimeZoneRule { get; init; }

    public static ChartText Dutch { get; } = new()
    {
        Culture = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." },
        Trends = days => $"Trends (laatste {days} dagen)",
        MessagesByState = "Berichten per dag, per status",
        MessagesByStateDescription = "Gestapelde staven: berichten gemaakt per dag, verdeeld naar hun huidige status",
        MessagesByType = "Berichten per dag, per type",
        MessagesByTypeDescription = "Gestapelde staven: berichten gemaakt per dag, verdeeld naar berichttype",
        Uitval = "Uitval per dag: geopend en gesloten",
        UitvalDescription = "Lijnen: uitval die per dag ontstond en die per dag werd opgelost of genegeerd",
        Opened = "Geopend",
        Closed = "Gesloten",
        AcceptanceRate = "Geaccepteerd (%)",
        AcceptanceRateDescription = "Lijn: het deel van de Retourmeldingen per dag dat het bericht accepteerde, in procenten",
        Turnaround = "Doorlooptijd Retourmelding (mediaan, uren)",
        TurnaroundDescription = "Lijn: de mediaan per dag van de tijd van aflevering tot Retourmelding, in uren",
        RetourSummary = (answered, acknowledged, rate, median) => $"{answered} Retourmeldingen, {acknowledged} geaccepteerd ({rate}); mediane doorlooptijd {median}.",
        PullRows = "Pulls: rijen per connector per dag",
        PullRowsDescription = "Lijnen: de rijen die de pulls van elke connector per dag lazen (opgeteld)",
        PullSeconds = "Pulls: duur per connector per dag (gemiddeld, seconden)",
        PullSecondsDescription = "Lijnen: de gemiddelde duur van de pulls van elke connector per dag, in seconden",
        NoData = "Geen gegevens in deze periode.",
        Totals = "Totaal",
        Averages = "Gemiddeld",
        ValuesAsTable = "Waarden als tabel",
        Day = "Dag",
        NextRuns = "Volgende geplande runs",
        Job = "Taak",
        Next = "Volgende run",
        Schedule = "Planning (cron)",
        KindPull = "Pull",
        KindMail = "Dagelijkse uitvalmail",
        NoPlannedJobs = "Deze node plant geen taken (de pulls en de mail draaien in de dienst, gateway run).",
        BlockedAccounts = names => $"Geblokkeerd: {names}. Berichten worden vastgehouden tot een beheerder herstart.",
        FailedPulls = connectors => $"Laatste pull mislukt: {connectors}.",
        TimeZoneRule = "Alle tijden zijn Nederlandse tijd (Europe/Amsterdam, CET/CEST); dagen in grafieken zijn kalenderdagen in die zone. Logregels hebben de klok van de server met de afwijking van UTC op elke regel.",
    };

    public static ChartText English { get; } = new()
    {
        Culture = new NumberFormatInfo { NumberDecimalSeparator = ".", NumberGroupSeparator = "," },
        Trends = days => $"Trends (last {days} days)",
        MessagesByState = "Messages per day, by state",
        MessagesByStateDescription = "Stacked bars: messages made per day, split by their current state",
        MessagesByType = "Messages per day, by type",
        MessagesByTypeDescription = "Stacked bars: messages made per day, split by message type",
        Uitval = "Failures per day: opened and closed",
        UitvalDescription = "Lines: failures (uitval) that arose per day and that were resolved or dismissed per day",
        Opened = "Opened",
        Closed = "Closed",
        AcceptanceRate = "Accepted (%)",
        AcceptanceRateDescription = "Line: the share of each day's Retourmeldingen that accepted the message, in percent",
        Turnaround = "Retourmelding turnaround (median, hours)",
        TurnaroundDescription = "Line: each day's median time from delivery to Retourmelding, in hours",
        RetourSummary = (answered, acknowledged, rate, median) => $"{answered} Retourmeldingen, {acknowledged} accepted ({rate}); median turnaround {median}.",
        PullRows = "Pulls: rows per connector per day",
        PullRowsDescription = "Lines: the rows each connector's pulls read per day (summed)",
        PullSeconds = "Pulls: duration per connector per day (average, seconds)",
        PullSecondsDescription = "Lines: the average duration of each connector's pulls per day, in seconds",
        NoData = "No data in this period.",
        Totals = "Total",
        Averages = "Average",
        ValuesAsTable = "Values as a table",
        Day = "Day",
        NextRuns = "Next scheduled runs",
        Job = "Job",
        Next = "Next run",
        Schedule = "Schedule (cron)",
        KindPull = "Pull",
        KindMail = "Daily failure mail",
        NoPlannedJobs = "This node schedules no jobs (the pulls and the mail run in the service, gateway run).",
        BlockedAccounts = names => $"Blocked: {names}. Messages are held until an admin restarts.",
        FailedPulls = connectors => $"Last pull failed: {connectors}.",
        TimeZoneRule = "All times are Dutch time (Europe/Amsterdam, CET/CEST); chart days are calendar days in that zone. Log lines carry the server clock with its UTC offset on every line.",
    };

    public static ChartText For(UiText t) => t.Language == "en" ? English : Dutch;
}

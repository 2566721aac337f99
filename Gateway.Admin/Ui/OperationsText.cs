namespace Gateway.Admin.Ui;

/// <summary>
/// The texts of the operations pages (schedules and missed runs, pending pulls, resend, go-live preview) in the UI's two
/// languages, beside <see cref="UiLanguages"/>: chosen by the page's language.
/// </summary>
internal sealed record OperationsText
{
    public required string Schedules { get; init; }

    public required string Job { get; init; }

    public required string LastDue { get; init; }

    public required string LastRun { get; init; }

    public required string Outcome { get; init; }

    public required string Node { get; init; }

    public required string CaughtUp { get; init; }

    public required string SchedulesIntro { get; init; }

    public required IReadOnlyDictionary<string, Func<string, int, string>> Notices { get; init; }

    public static OperationsText Dutch { get; } = new()
    {
        Schedules = "Planning",
        Job = "Taak",
        LastDue = "Laatst gepland",
        LastRun = "Laatst uitgevoerd",
        Outcome = "Resultaat",
        Node = "Node",
        CaughtUp = "ingehaald: gemist terwijl de dienst niet draaide",
        SchedulesIntro = "Elke geplande taak draait op één node tegelijk. Een tijdstip dat verstreek terwijl de dienst niet draaide, wordt bij de start één keer ingehaald.",
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal),
    };

    public static OperationsText English { get; } = new()
    {
        Schedules = "Schedules",
        Job = "Job",
        LastDue = "Last due",
        LastRun = "Last run",
        Outcome = "Outcome",
        Node = "Node",
        CaughtUp = "caught up: missed while the service was down",
        SchedulesIntro = "Each scheduled job runs on one node at a time. A due time that passed while the service was down runs once when it starts.",
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal),
    };

    public static OperationsText For(UiText t) => t.Language == "en" ? English : Dutch;

    /// <summary>The notice of an action on an operations page, from the query (<c>notice</c>, <c>subject</c>, <c>count</c>).</summary>
    public string? Notice(Microsoft.AspNetCore.Http.HttpContext context) =>
        context.Request.Query["notice"].ToString() is { Length: > 0 } key && Notices.TryGetValue(key, out var format)
            ? format(context.Request.Query["subject"].ToString(), int.TryParse(context.Request.Query["count"], out var count) ? count : 0)
            : null;
}

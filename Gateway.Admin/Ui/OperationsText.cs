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

    public required string PendingPulls { get; init; }

    public required string PendingIntro { get; init; }

    public required string Held { get; init; }

    public required string Changes { get; init; }

    public required string Decision { get; init; }

    public required string Approve { get; init; }

    public required string Reject { get; init; }

    public required string ReasonOptional { get; init; }

    public required Func<int, string> Banner { get; init; }

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
        PendingPulls = "Tegengehouden pulls",
        PendingIntro = "Een pull die meer records wijzigt of laat verdwijnen dan de ingestelde grens, is niet verwerkt. Keur hem goed (de volgende pull van die connector wordt dan verwerkt) of wijs hem af (de opgeslagen gegevens blijven).",
        Held = "Tegengehouden",
        Changes = "Nieuw / gewijzigd / weg van opgeslagen",
        Decision = "Beslissing",
        Approve = "Goedkeuren",
        Reject = "Afwijzen",
        ReasonOptional = "reden (optioneel)",
        Banner = count => $"{count} pull(s) tegengehouden omdat ze te veel zouden wijzigen: beslis op de pagina Tegengehouden pulls.",
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal)
        {
            ["pull-approved"] = (subject, _) => $"Pull {subject} goedgekeurd: de volgende pull van die connector wordt verwerkt.",
            ["pull-rejected"] = (subject, _) => $"Pull {subject} afgewezen: de opgeslagen gegevens blijven.",
        },
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
        PendingPulls = "Held pulls",
        PendingIntro = "A pull that changes, or finds gone, more records than the configured limit was not applied. Approve it (the next pull of that connector is then applied) or reject it (the stored data stays).",
        Held = "Held",
        Changes = "New / changed / gone of stored",
        Decision = "Decision",
        Approve = "Approve",
        Reject = "Reject",
        ReasonOptional = "reason (optional)",
        Banner = count => $"{count} pull(s) held because they would change too much: decide on the Held pulls page.",
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal)
        {
            ["pull-approved"] = (subject, _) => $"Pull {subject} approved: the next pull of that connector is applied.",
            ["pull-rejected"] = (subject, _) => $"Pull {subject} rejected: the stored data stays.",
        },
    };

    public static OperationsText For(UiText t) => t.Language == "en" ? English : Dutch;

    /// <summary>The notice of an action on an operations page, from the query (<c>notice</c>, <c>subject</c>, <c>count</c>).</summary>
    public string? Notice(Microsoft.AspNetCore.Http.HttpContext context) =>
        context.Request.Query["notice"].ToString() is { Length: > 0 } key && Notices.TryGetValue(key, out var format)
            ? format(context.Request.Query["subject"].ToString(), int.TryParse(context.Request.Query["count"], out var count) ? count : 0)
            : null;
}

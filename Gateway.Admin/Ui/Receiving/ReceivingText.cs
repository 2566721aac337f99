namespace Gateway.Admin.Ui.Receiving;

/// <summary>
/// The texts of the receiving role's pages (receiving accounts, the register console, start-up overviews), per language;
/// kept apart from <see cref="UiText"/> so the receiving pages add no entries to the shared table.
/// </summary>
internal sealed class ReceivingText
{
    public required string Receiving { get; init; }

    public required string ReceivingAccounts { get; init; }

    public required string Kind { get; init; }

    public required string Source { get; init; }

    public required string Waiting { get; init; }

    public required string Processed { get; init; }

    public required string Refused { get; init; }

    public required string Discarded { get; init; }

    public required string InitialState { get; init; }

    public required string BlockExplanation { get; init; }

    public required Func<int, string> HeldFiles { get; init; }

    public required string Process { get; init; }

    public required string Discard { get; init; }

    public required string Files { get; init; }

    public required string Received { get; init; }

    public required string File { get; init; }

    public required string Release { get; init; }

    public required string Retourmelding { get; init; }

    public required string Cases { get; init; }

    public required string Employer { get; init; }

    public required string Employment { get; init; }

    public required string CaseId { get; init; }

    public required string LastSequence { get; init; }

    public required string FirstSickDay { get; init; }

    public required string RecoveredOn { get; init; }

    public required string Classification { get; init; }

    public required string ReceiverCode { get; init; }

    public required string Origin { get; init; }

    public required string Chain { get; init; }

    public required string Sequence { get; init; }

    public required string Mutation { get; init; }

    public required string Applied { get; init; }

    public required string WaitingFiles { get; init; }

    public required string RetourmeldingenSent { get; init; }

    public required string Made { get; init; }

    public required string AnswersTo { get; init; }

    public required string NotDeliveredYet { get; init; }

    public required string Reports { get; init; }

    public required string Problems { get; init; }

    public required Func<int, string> Found { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required string ContentGone { get; init; }

    public required string WaitsFor { get; init; }

    public required string Overviews { get; init; }

    public required string OverviewExplanation { get; init; }

    public required string EmployeesOverview { get; init; }

    public required string CasesOverview { get; init; }

    public required string Import { get; init; }

    public required string OverviewFailed { get; init; }













    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public required IReadOnlyDictionary<string, Func<string, int, string>> Notices { get; init; }

    /// <summary>A state, status or code (<c>Held</c>, <c>Open</c>, <c>03</c>, …) in this language.</summary>
    public string Term(string name) => Names.TryGetValue(name, out var text) ? text : name;

    public string? Notice(string key, string subject, int count) => Notices.TryGetValue(key, out var format) ? format(subject, count) : null;

    /// <summary>The receiving texts in the language of <paramref name="t"/>.</summary>
    public static ReceivingText For(UiText t) => t.Language == "en" ? English : Dutch;

    public static ReceivingText Dutch { get; } = new()
    {
        Receiving = "Ontvangst",
        ReceivingAccounts = "Ontvangende accounts",
        Kind = "Soort",
        Source = "Aanlevering",
        Waiting = "Wacht",
        Processed = "Verwerkt",
        Refused = "Geweigerd",
        Discarded = "Niet verwerkt (verworpen)",
        InitialState = "beginstand uit de configuratie",
        BlockExplanation = "Bestanden worden nog opgehaald, gelezen en gevalideerd, maar vastgehouden in plaats van verwerkt (start-upprocedure: blokkeren, overzichten inlezen, herstarten).",
        HeldFiles = count => $"{count} bestanden binnengekomen terwijl de verwerking geblokkeerd was. Wat moet daarmee gebeuren?",
        Process = "Verwerken in volgorde van binnenkomst",
        Discard = "Niet verwerken: elk bestand krijgt een Retourmelding 'niet verwerkt', blijft bewaard en komt in het auditlog",
        Files = "Ontvangen bestanden",
        Received = "Binnengekomen",
        File = "Bestand",
        Release = "Jaargang",
        Retourmelding = "Retourmelding",
        Cases = "Verzuimregister",
        Employer = "Werkgever",
        Employment = "Dienstverband",
        CaseId = "Verzuimgeval",
        LastSequence = "Laatste volgnummer",
        FirstSickDay = "Eerste verzuimdag",
        RecoveredOn = "Hersteld",
        Classification = "Classificatie",
        ReceiverCode = "Code ontvanger",
        Origin = "Bron",
        Chain = "Keten",
        Sequence = "Volgnummer",
        Mutation = "Mutatie (VrwrkCd)",
        Applied = "Verwerkt op",
        WaitingFiles = "Bestanden die op een eerdere melding wachten",
        RetourmeldingenSent = "Verzonden Retourmeldingen",
        Made = "Gemaakt",
        AnswersTo = "Antwoord op",
        NotDeliveredYet = "nog niet afgeleverd",
        Reports = "Verwerkingsverslagen",
        Problems = "Ophaalproblemen",
        Found = count => $"{count} gevonden",
        Previous = "Vorige",
        Next = "Volgende",
        ContentGone = "De inhoud is niet bewaard (alleen vastgehouden, wachtende en verworpen bestanden houden hun inhoud).",
        WaitsFor = "Wacht op",
        Overviews = "Start-upoverzichten inlezen",
        OverviewExplanation = "Het werknemer- en verzuimoverzicht van de partner (CSV of Excel .xlsx, kolommen als de Standaard Importsheets: IdWrkgvrArbdnst, ExternWerknemerID, …). Alles of niets: een fout in één regel leest niets in.",
        EmployeesOverview = "Werknemeroverzicht",
        CasesOverview = "Verzuimoverzicht",
        Import = "Inlezen",
        OverviewFailed = "Niets ingelezen; los deze fouten op en lees opnieuw in:",
        Names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Held"] = "Vastgehouden",
            ["Processed"] = "Verwerkt",
            ["Refused"] = "Geweigerd",
            ["Waiting"] = "Wacht op eerdere melding",
            ["Expired"] = "Verlopen (wachtte te lang)",
            ["Discarded"] = "Niet verwerkt (verworpen)",
            ["Open"] = "Open",
            ["Closed"] = "Afgesloten",
            ["Deleted"] = "Verwijderd",
            ["Message"] = "bericht",
            ["Overview"] = "start-upoverzicht",
            ["02"] = "02 verwerkt",
            ["03"] = "03 niet verwerkt",
            ["HostedSftp"] = "Gehoste SFTP (partner zet klaar)",
            ["ExternalSftp"] = "Externe SFTP (gateway haalt op)",
        },
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal)
        {
            ["received-blocked"] = (subject, count) => $"{subject} is geblokkeerd; {count} bestanden vastgehouden.",
            ["received-restarted-process"] = (subject, count) => $"{subject} is herstart; {count} vastgehouden bestanden worden bij de volgende ronde in volgorde van binnenkomst verwerkt.",
            ["received-restarted-discard"] = (subject, count) => $"{subject} is herstart; {count} vastgehouden bestanden zijn niet verwerkt en met een Retourmelding beantwoord.",
            ["overview-imported"] = (subject, count) => $"Start-upoverzichten van {subject} ingelezen: {count} werknemers en verzuimgevallen toegevoegd.",
        },
    };

    public static ReceivingText English { get; } = new()
    {
        Receiving = "Receiving",
        ReceivingAccounts = "Receiving accounts",
        Kind = "Kind",
        Source = "Files come from",
        Waiting = "Waiting",
        Processed = "Processed",
        Refused = "Refused",
        Discarded = "Not processed (discarded)",
        InitialState = "initial state from the configuration",
        BlockExplanation = "Files are still taken in, read and validated, but held instead of processed (start-up procedure: block, import the overviews, restart).",
        HeldFiles = count => $"{count} files arrived while processing was blocked. What should happen to them?",
        Process = "Process them in arrival order",
        Discard = "Do not process them: each gets a Retourmelding 'not processed', is kept and goes to the audit log",
        Files = "Received files",
        Received = "Received",
        File = "File",
        Release = "Release",
        Retourmelding = "Retourmelding",
        Cases = "Absence case register",
        Employer = "Employer",
        Employment = "Employment",
        CaseId = "Absence case",
        LastSequence = "Last sequence number",
        FirstSickDay = "First sick day",
        RecoveredOn = "Recovered",
        Classification = "Classification",
        ReceiverCode = "Receiver code",
        Origin = "Source",
        Chain = "Chain",
        Sequence = "Sequence",
        Mutation = "Mutation (VrwrkCd)",
        Applied = "Applied",
        WaitingFiles = "Files waiting for an earlier message",
        RetourmeldingenSent = "Retourmeldingen sent",
        Made = "Made",
        AnswersTo = "Answers",
        NotDeliveredYet = "not delivered yet",
        Reports = "Processing reports",
        Problems = "Intake problems",
        Found = count => $"{count} found",
        Previous = "Previous",
        Next = "Next",
        ContentGone = "The content is not kept (only held, waiting and discarded files keep theirs).",
        WaitsFor = "Waits for",
        Overviews = "Import start-up overviews",
        OverviewExplanation = "The partner's employee and absence overviews (CSV or Excel .xlsx, columns as in the standard import sheets: IdWrkgvrArbdnst, ExternWerknemerID, …). All or nothing: an error in one row imports nothing.",
        EmployeesOverview = "Employee overview",
        CasesOverview = "Absence overview",
        Import = "Import",
        OverviewFailed = "Nothing imported; fix these errors and import again:",
        Names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Held"] = "Held",
            ["Processed"] = "Processed",
            ["Refused"] = "Refused",
            ["Waiting"] = "Waiting for an earlier message",
            ["Expired"] = "Expired (waited too long)",
            ["Discarded"] = "Not processed (discarded)",
            ["Open"] = "Open",
            ["Closed"] = "Closed",
            ["Deleted"] = "Deleted",
            ["Message"] = "message",
            ["Overview"] = "start-up overview",
            ["02"] = "02 processed",
            ["03"] = "03 not processed",
            ["HostedSftp"] = "Hosted SFTP (partner pushes)",
            ["ExternalSftp"] = "External SFTP (gateway polls)",
        },
        Notices = new Dictionary<string, Func<string, int, string>>(StringComparer.Ordinal)
        {
            ["received-blocked"] = (subject, count) => $"{subject} is blocked; {count} files held.",
            ["received-restarted-process"] = (subject, count) => $"{subject} restarted; {count} held files are processed in arrival order by the next run.",
            ["received-restarted-discard"] = (subject, count) => $"{subject} restarted; {count} held files were not processed and are answered with a Retourmelding.",
            ["overview-imported"] = (subject, count) => $"Start-up overviews of {subject} imported: {count} employees and absence cases added.",
        },
    };
}

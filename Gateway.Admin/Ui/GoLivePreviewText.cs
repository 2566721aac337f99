namespace Gateway.Admin.Ui;

/// <summary>The texts of the go-live preview page in the UI's two languages, chosen by the page's language.</summary>
internal sealed record GoLivePreviewText
{
    public required Func<string, string> Title { get; init; }

    public required string Intro { get; init; }

    public required string Preview { get; init; }

    public required string Show { get; init; }

    public required string NoAccounts { get; init; }

    public required string NothingStored { get; init; }

    public required string AlreadyActive { get; init; }

    public required string NotFound { get; init; }

    public required string PullFailed { get; init; }

    public required string RowsRead { get; init; }

    public required Func<int, string> MessagesToSend { get; init; }

    public required Func<int, string> UitvalRaised { get; init; }

    public required Func<int, string> SkippedByProfile { get; init; }

    public required string Samples { get; init; }

    public required string Masked { get; init; }

    public required string Count { get; init; }

    public static GoLivePreviewText Dutch { get; } = new()
    {
        Title = code => $"Voorbeeld livegang werkgever {code}",
        Intro = "Wat activeren van deze werkgever naar een account zou sturen: AFAS wordt nu gelezen, de berichten worden gemaakt en gevalideerd zoals de dienst dat doet, maar er wordt niets verstuurd of opgeslagen.",
        Preview = "Voorbeeld",
        Show = "Toon voorbeeld",
        NoAccounts = "Geen account met een mappingprofiel gebruikt deze integratie.",
        NothingStored = "Niets verstuurd of opgeslagen.",
        AlreadyActive = "Deze werkgever is al actief: dit is wat een eerste activering zou sturen.",
        NotFound = "AFAS kent deze werkgever niet (connector Werkgevers).",
        PullFailed = "AFAS kon niet worden gelezen: ",
        RowsRead = "Gelezen uit AFAS",
        MessagesToSend = count => $"Berichten die activering zou sturen: {count}",
        UitvalRaised = count => $"Uitval die activering zou geven: {count}",
        SkippedByProfile = count => $"Records die het profiel van het account overslaat: {count}",
        Samples = "Voorbeeldberichten",
        Masked = "Persoonsgegevens zijn afgeschermd.",
        Count = "Aantal",
    };

    public static GoLivePreviewText English { get; } = new()
    {
        Title = code => $"Go-live preview of employer {code}",
        Intro = "What activating this employer would send to an account: AFAS is read now and the messages are built and validated as the service does, but nothing is sent or stored.",
        Preview = "Preview",
        Show = "Show preview",
        NoAccounts = "No account with a mapping profile uses this integration.",
        NothingStored = "Nothing was sent or stored.",
        AlreadyActive = "This employer is active already: this is what a first activation would send.",
        NotFound = "AFAS has no such employer (Werkgevers connector).",
        PullFailed = "AFAS could not be read: ",
        RowsRead = "Read from AFAS",
        MessagesToSend = count => $"Messages activation would send: {count}",
        UitvalRaised = count => $"Uitval activation would raise: {count}",
        SkippedByProfile = count => $"Records the account's profile leaves out: {count}",
        Samples = "Sample messages",
        Masked = "Personal data is masked.",
        Count = "Count",
    };

    public static GoLivePreviewText For(UiText t) => t.Language == "en" ? English : Dutch;
}

namespace Gateway.Afas.Scheduling;

/// <summary>The synchronisation schedule agreed for the newdays GetConnectors (seed 000), Dutch local time.</summary>
public static class DefaultSchedules
{
    public static IReadOnlyList<string> For(string connector) => connector switch
    {
        // Verzuim: every hour between 07:00 and 21:00.
        "Newdays_Connect_Verzuim_v1" => ["0 7-21 * * *"],
        // IBAN: every 5 minutes between 07:00 and 21:00 (the last run at 21:00).
        "Newdays_Connect_Medewerker_IBAN_v1" => ["*/5 7-20 * * *", "0 21 * * *"],
        // Werkgevers, Organigram, Medewerker_Gegevens, Accounts_Autorisaties: daily at 21:00.
        _ => ["0 21 * * *"],
    };
}

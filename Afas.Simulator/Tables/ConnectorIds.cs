namespace Afas.Simulator.Tables;

/// <summary>The GetConnector ids the simulator serves.</summary>
public static class ConnectorIds
{
    public const string Werkgevers = "Newdays_Connect_Werkgevers_v1";
    public const string Organigram = "Newdays_Connect_Organigram_v1";
    public const string MedewerkerGegevens = "Newdays_Connect_Medewerker_Gegevens_v1";
    public const string Verzuim = "Newdays_Connect_Verzuim_v1";
    public const string AccountsAutorisaties = "Newdays_Connect_Accounts_Autorisaties_v1";
    public const string MedewerkerIban = "Newdays_Connect_Medewerker_IBAN_v1";

    public static IReadOnlyList<string> All { get; } =
        [Werkgevers, Organigram, MedewerkerGegevens, Verzuim, AccountsAutorisaties, MedewerkerIban];
}

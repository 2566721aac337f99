namespace Gateway.Core.Integrations;

/// <summary>The six newdays GetConnectors the gateway reads.</summary>
public static class AfasConnectorIds
{
    public const string Werkgevers = "Newdays_Connect_Werkgevers_v1";
    public const string Organigram = "Newdays_Connect_Organigram_v1";
    public const string MedewerkerGegevens = "Newdays_Connect_Medewerker_Gegevens_v1";
    public const string Verzuim = "Newdays_Connect_Verzuim_v1";
    public const string AccountsAutorisaties = "Newdays_Connect_Accounts_Autorisaties_v1";
    public const string MedewerkerIban = "Newdays_Connect_Medewerker_IBAN_v1";
}

using Gateway.Core.Integrations;

namespace Gateway.Host.Cli.Convert;

/// <summary>GetConnector names as people type them: the full id or its middle part ("Verzuim", "Medewerker_Gegevens", "iban").</summary>
public static class ConnectorNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.MedewerkerGegevens,
        AfasConnectorIds.Verzuim, AfasConnectorIds.AccountsAutorisaties, AfasConnectorIds.MedewerkerIban,
    ];

    /// <summary>The connector id, or null when the name matches none.</summary>
    public static string? Parse(string? name)
    {
        var wanted = Compact(name);
        if (wanted.Length == 0)
        {
            return null;
        }
        foreach (var id in All)
        {
            var full = Compact(id);
            var middle = Compact(id["Newdays_Connect_".Length..^"_v1".Length]);
            if (wanted == full || wanted == middle)
            {
                return id;
            }
        }
        return wanted switch
        {
            "iban" => AfasConnectorIds.MedewerkerIban,
            "medewerkers" or "employees" => AfasConnectorIds.MedewerkerGegevens,
            "accounts" or "autorisaties" => AfasConnectorIds.AccountsAutorisaties,
            _ => null,
        };
    }

    private static string Compact(string? text) =>
        string.Concat((text ?? "").Where(char.IsLetterOrDigit)).ToLowerInvariant();
}

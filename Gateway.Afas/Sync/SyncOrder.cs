using Gateway.Core.Integrations;

namespace Gateway.Afas.Sync;

/// <summary>Which connectors a full sync pulls, in which order, and how each selects by default.</summary>
public static class SyncOrder
{
    /// <summary>The order of a full sync: employers before what is gated by them, employees before their IBANs.</summary>
    public static IReadOnlyList<string> Connectors { get; } =
    [
        AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.AccountsAutorisaties,
        AfasConnectorIds.MedewerkerGegevens, AfasConnectorIds.MedewerkerIban, AfasConnectorIds.Verzuim,
    ];

    /// <summary>Verzuim after go-live takes what changed recently (the window pull finds deletions); everything else is pulled whole.</summary>
    public static SyncMode DefaultMode(string connector, IntegrationOptions options) =>
        connector == AfasConnectorIds.Verzuim && options.Verzuim.LiveSince is not null ? SyncMode.Recent : SyncMode.Full;
}

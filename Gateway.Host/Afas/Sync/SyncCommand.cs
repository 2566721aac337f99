using System.CommandLine;
using Gateway.Host.Afas.Client;
using Gateway.Host.Afas.Rows;
using Gateway.Host.Cli;
using Gateway.Host.Configuration;
using Gateway.Host.Integrations;
using Gateway.Host.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Afas.Sync;

/// <summary>
/// <c>gateway sync --integration NAME --once [--connector C] [--mode full|recent] [--config FILE]</c>: pulls the
/// integration's enabled connectors once (Werkgevers first, so new employers are known) and prints per connector
/// new/changed/gone/uitval. Exit 0 when every pull succeeded, 1 when one failed, 2 for usage errors.
/// </summary>
public static class SyncCommand
{
    /// <summary>The order of a full sync: employers before what is gated by them, employees before their IBANs.</summary>
    public static IReadOnlyList<string> ConnectorOrder { get; } =
    [
        AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.AccountsAutorisaties,
        AfasConnectorIds.MedewerkerGegevens, AfasConnectorIds.MedewerkerIban, AfasConnectorIds.Verzuim,
    ];

    public static Command Create()
    {
        var integration = new Option<string>("--integration") { Description = "Integration name (Gateway:Integrations:<name>)", Required = true };
        var once = new Option<bool>("--once") { Description = "Pull once and exit (the service pulls on the schedules)", Required = true };
        var connector = new Option<string?>("--connector") { Description = "Only this GetConnector (e.g. Newdays_Connect_Verzuim_v1)" };
        var mode = new Option<SyncMode?>("--mode") { Description = "Verzuim selection: Full (365-day window) or Recent (Mutatiedatum −14 days); default by go-live" };
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var command = new Command("sync", "Pull AFAS GetConnectors and record the mutations") { integration, once, connector, mode, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var configuration = GatewayConfiguration.Build(parse.GetValue(config));
                var catalog = IntegrationCatalog.Load(configuration, () => GatewayConfiguration.Secrets(configuration));
                var options = catalog.Get(parse.GetValue(integration)!);
                options.Afas.Validate();
                var only = parse.GetValue(connector);
                if (only is not null && !ConnectorOrder.Contains(only))
                {
                    await error.WriteLineAsync($"gateway sync: unknown connector {only} (known: {string.Join(", ", ConnectorOrder)})").ConfigureAwait(false);
                    return GatewayCli.UsageOrIoError;
                }
                var database = new GatewayDatabase(GatewayConfiguration.Database(configuration));
                await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
                var client = new AfasConnectorClient(http, options.Afas, NullLogger<AfasConnectorClient>.Instance, TimeProvider.System);
                var sync = new ConnectorSync(database, client, TimeProvider.System, NullLogger<ConnectorSync>.Instance);
                var failed = false;
                await output.WriteLineAsync($"{"connector",-42} {"mode",-7} {"rows",8} {"new",8} {"changed",8} {"gone",8} {"inactive",8} {"uitval",7}").ConfigureAwait(false);
                foreach (var id in only is null ? ConnectorOrder.Where(c => options.Connector(c).Enabled) : [only])
                {
                    var effectiveMode = parse.GetValue(mode) ?? DefaultMode(id, options);
                    var result = await sync.RunAsync(options, id, effectiveMode, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(Describe(result)).ConfigureAwait(false);
                    failed |= result.Status != State.PullStatus.Succeeded;
                    if (result.NewEmployers.Count > 0)
                    {
                        await output.WriteLineAsync($"  {result.NewEmployers.Count} new employers await activation: gateway employers activate --integration {options.Name} --code <code>").ConfigureAwait(false);
                    }
                }
                return failed ? 1 : 0;
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException or FileNotFoundException or InvalidOperationException)
            {
                await error.WriteLineAsync("gateway sync: " + e.Message).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
        });
        return command;
    }

    public static SyncMode DefaultMode(string connector, IntegrationOptions options) =>
        connector == AfasConnectorIds.Verzuim && options.Verzuim.LiveSince is not null ? SyncMode.Recent : SyncMode.Full;

    private static string Describe(SyncResult r) => r.Status switch
    {
        null => $"{r.Connector,-42} {r.Mode,-7} not run: {r.Error}",
        State.PullStatus.Failed => $"{r.Connector,-42} {r.Mode,-7} FAILED (no state changed): {r.Error}",
        _ => $"{r.Connector,-42} {r.Mode,-7} {r.Rows,8} {r.New,8} {r.Changed,8} {r.Gone,8} {r.SkippedInactive,8} {r.Uitval,7}",
    };
}

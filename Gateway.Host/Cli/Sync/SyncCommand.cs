using System.CommandLine;
using Gateway.Afas;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Host.Cli.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Sync;

/// <summary>
/// <c>gateway sync --integration NAME --once [--connector C] [--mode full|recent] [--config FILE]</c>: pulls the
/// integration's enabled connectors once (Werkgevers first, so new employers are known) and prints per connector
/// new/changed/gone/uitval. Exit 0 when every pull succeeded, 1 when one failed, 2 for usage errors.
/// </summary>
public static class SyncCommand
{
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
                var (_, services) = await CliServices.OpenAsync(parse.GetValue(config), cancellationToken, (s, c) => s.AddGatewayAfas(c)).ConfigureAwait(false);
                var options = services.GetRequiredService<IntegrationCatalog>().Get(parse.GetValue(integration)!);
                options.Afas.Validate();
                var only = parse.GetValue(connector);
                if (only is not null && !SyncOrder.Connectors.Contains(only))
                {
                    await error.WriteLineAsync($"gateway sync: unknown connector {only} (known: {string.Join(", ", SyncOrder.Connectors)})").ConfigureAwait(false);
                    return GatewayCli.UsageOrIoError;
                }
                var sync = services.GetRequiredService<Func<IntegrationOptions, ConnectorSync>>()(options);
                var failed = false;
                await output.WriteLineAsync($"{"connector",-42} {"mode",-7} {"rows",8} {"new",8} {"changed",8} {"gone",8} {"inactive",8} {"uitval",7}").ConfigureAwait(false);
                // on a terminal: which pull is running and for how long, until its line is printed
                using var progress = TerminalProgress.For(output);
                List<string> pulls = only is null ? [.. SyncOrder.Connectors.Where(c => options.Connector(c).Enabled)] : [only];
                foreach (var (id, index) in pulls.Select((id, index) => (id, index)))
                {
                    var effectiveMode = parse.GetValue(mode) ?? SyncOrder.DefaultMode(id, options);
                    var result = await progress.WhileAsync(sync.RunAsync(options, id, effectiveMode, cancellationToken),
                        elapsed => $"pulling {id} ({index + 1} of {pulls.Count}), {(int)elapsed.TotalSeconds} s", cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(Describe(result)).ConfigureAwait(false);
                    failed |= result.Status != Core.Pulls.PullStatus.Succeeded;
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

    private static string Describe(SyncResult r) => r.Status switch
    {
        null => $"{r.Connector,-42} {r.Mode,-7} not run: {r.Error}",
        Core.Pulls.PullStatus.Failed => $"{r.Connector,-42} {r.Mode,-7} FAILED (no state changed): {r.Error}",
        Core.Pulls.PullStatus.Held => $"{r.Connector,-42} {r.Mode,-7} HELD ({r.Changed} changed, {r.Gone} gone): {r.Error} (gateway pulls pending)",
        _ => $"{r.Connector,-42} {r.Mode,-7} {r.Rows,8} {r.New,8} {r.Changed,8} {r.Gone,8} {r.SkippedInactive,8} {r.Uitval,7}",
    };
}

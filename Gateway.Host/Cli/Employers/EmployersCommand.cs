using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Employers;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Employers;

/// <summary><c>gateway employers list [--integration N] [--json]</c> and <c>gateway employers activate|deactivate --integration N --code C</c>; <c>preview</c> in <see cref="EmployerPreviewCommand"/>.</summary>
public static class EmployersCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var command = new Command("employers", "Employers seen in AFAS and whether they are synchronised") { config };
        command.Subcommands.Add(List(config));
        command.Subcommands.Add(SetActive("activate", true, config));
        command.Subcommands.Add(SetActive("deactivate", false, config));
        command.Subcommands.Add(EmployerPreviewCommand.Create(config));
        return command;
    }

    private static Command List(Option<string?> config)
    {
        var integration = new Option<string?>("--integration") { Description = "Only this integration" };
        var json = new Option<bool>("--json") { Description = "One JSON object per employer" };
        var command = new Command("list", "List employers; inactive ones await activation") { integration, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            var employers = await store.ListAsync(parse.GetValue(integration), cancellationToken).ConfigureAwait(false);
            if (!parse.GetValue(json))
            {
                await output.WriteLineAsync($"{"integration",-16} {"code",-12} {"active",-6} {"first seen (UTC)",-20} name").ConfigureAwait(false);
            }
            foreach (var e in employers)
            {
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { integration = e.Integration, code = e.Code, name = e.Name, active = e.Active, firstSeenUtc = e.FirstSeenUtc, activatedUtc = e.ActivatedUtc, activatedBy = e.ActivatedBy })
                    : $"{e.Integration,-16} {e.Code,-12} {(e.Active ? "yes" : "no"),-6} {e.FirstSeenUtc,-20:yyyy-MM-dd HH:mm} {e.Name}").ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static Command SetActive(string name, bool active, Option<string?> config)
    {
        var integration = new Option<string>("--integration") { Required = true };
        var code = new Option<string>("--code") { Description = "Werkgeverscode", Required = true };
        var by = new Option<string>("--by") { Description = "Who verified it (audit)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command(name, active ? "Start synchronising an employer (after verification)" : "Stop synchronising an employer (no deletions are sent)") { integration, code, by };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var found = await store.SetActiveAsync(parse.GetValue(integration)!, parse.GetValue(code)!, active, parse.GetValue(by)!, cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"gateway employers: integration {parse.GetValue(integration)} has no employer {parse.GetValue(code)} (a Werkgevers pull records them)").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{parse.GetValue(code)} {(active ? "activated" : "deactivated")}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task<EmployerStore> OpenAsync(string? configFile, CancellationToken cancellationToken) =>
        (await CliServices.OpenAsync(configFile, cancellationToken).ConfigureAwait(false)).Services.GetRequiredService<EmployerStore>();
}

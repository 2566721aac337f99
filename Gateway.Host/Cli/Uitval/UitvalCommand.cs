using System.CommandLine;
using System.Text.Json;
using Gateway.Afas;
using Gateway.Core.Uitval;
using Gateway.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Uitval;

/// <summary>
/// <c>gateway uitval list [--all] [--integration N] [--json]</c>, <c>gateway uitval retry ID</c> or
/// <c>gateway uitval retry --account A --stage S --since D …</c> (<see cref="UitvalRetryCommand"/>),
/// <c>gateway uitval dismiss ID --reason R</c>.
/// </summary>
public static class UitvalCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName, Recursive = true };
        var command = new Command("uitval", "Failed records: list, retry, dismiss") { config, user };

        var all = new Option<bool>("--all") { Description = "Also resolved and dismissed entries" };
        var integration = new Option<string?>("--integration") { Description = "Only this integration or account" };
        var json = new Option<bool>("--json");
        var list = new Command("list", "Open uitval (record keys and reasons, never personal data)") { all, integration, json };
        list.SetAction(async (parse, ct) =>
        {
            var store = await OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(json))
            {
                await output.WriteLineAsync($"{"id",6} {"created (UTC)",-16} {"integration",-14} {"stage",-14} {"status",-9} {"connector",-40} {"record",-40} reason").ConfigureAwait(false);
            }
            foreach (var u in await store.ListAsync(parse.GetValue(all), parse.GetValue(integration), ct).ConfigureAwait(false))
            {
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { id = u.Id, createdUtc = u.CreatedUtc, integration = u.Integration, account = u.Account, stage = u.Stage.ToString(), status = u.Status.ToString(), connector = u.Connector, recordKey = u.RecordKey, field = u.Field, reason = u.Reason })
                    : $"{u.Id,6} {u.CreatedUtc,-16:yyyy-MM-dd HH:mm} {string.Join('/', new[] { u.Integration, u.Account }.OfType<string>().Distinct()),-14} {u.Stage,-14} {u.Status,-9} {u.Connector,-40} {u.RecordKey,-40} {u.Field} {u.Reason}").ConfigureAwait(false);
            }
            return 0;
        });
        command.Subcommands.Add(list);

        command.Subcommands.Add(UitvalRetryCommand.Create(config, user));

        var dismissId = new Argument<long>("id");
        var reason = new Option<string>("--reason") { Required = true };
        var dismiss = new Command("dismiss", "Close an entry without retrying, with a reason (audited)") { dismissId, reason };
        dismiss.SetAction(async (parse, ct) => await ReportAsync(parse, await (await OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false))
            .DismissAsync(parse.GetValue(dismissId), parse.GetValue(user)!, parse.GetValue(reason)!, ct).ConfigureAwait(false), $"uitval {parse.GetValue(dismissId)} dismissed").ConfigureAwait(false));
        command.Subcommands.Add(dismiss);
        return command;
    }

    internal static async Task<int> ReportAsync(ParseResult parse, UitvalActionResult result, string message)
    {
        if (result.Outcome != UitvalActionOutcome.Done)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync("gateway uitval: " + result.Detail).ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        await parse.InvocationConfiguration.Output.WriteLineAsync($"{message}: {result.Detail}").ConfigureAwait(false);
        return 0;
    }

    private static async Task<UitvalStore> OpenAsync(string? configFile, CancellationToken cancellationToken) =>
        (await OpenServicesAsync(configFile, cancellationToken).ConfigureAwait(false)).GetRequiredService<UitvalStore>();

    /// <summary>Uitval with every stage's retry (AFAS and delivery) registered.</summary>
    internal static async Task<IServiceProvider> OpenServicesAsync(string? configFile, CancellationToken cancellationToken) =>
        (await CliServices.OpenAsync(configFile, cancellationToken, (s, c) => s.AddGatewayAfas(c).AddGatewayOutbound(c)).ConfigureAwait(false)).Services;
}

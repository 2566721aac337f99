using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Pulls;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Pulls;

/// <summary>
/// <c>gateway pulls pending [--all] [--json]</c>, <c>gateway pulls approve ID [--reason R]</c>,
/// <c>gateway pulls reject ID --reason R</c>: the pulls the mass-change guard held.
/// </summary>
public static class PullsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName, Recursive = true };
        var command = new Command("pulls", "Pulls held by the mass-change guard: list, approve, reject") { config, user };

        var all = new Option<bool>("--all") { Description = "Also decided, applied and superseded ones" };
        var json = new Option<bool>("--json");
        var pending = new Command("pending", "Held pulls waiting for a decision (and approved ones not yet applied)") { all, json };
        pending.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            foreach (var p in await (await OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false)).ListAsync(parse.GetValue(all), ct).ConfigureAwait(false))
            {
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { id = p.Id, integration = p.Integration, connector = p.Connector, heldUtc = p.HeldUtc, known = p.Known, @new = p.New, changed = p.Changed, gone = p.Gone, reason = p.Reason, status = p.Status.ToString(), decidedBy = p.DecidedBy, decision = p.Decision })
                    : $"{p.Id,6} {p.HeldUtc,-16:yyyy-MM-dd HH:mm} {p.Integration}/{p.Connector} {p.Status}: {p.Reason}{(p.Decision is null ? "" : $" ({p.DecidedBy}: {p.Decision})")}").ConfigureAwait(false);
            }
            return 0;
        });
        command.Subcommands.Add(pending);
        command.Subcommands.Add(Decision("approve", "Let the next pull of the connector apply, however much it changes (audited)", approve: true, config, user));
        command.Subcommands.Add(Decision("reject", "Keep the stored state; a later pull that changes as much is held again (audited)", approve: false, config, user));
        return command;
    }

    private static Command Decision(string name, string description, bool approve, Option<string?> config, Option<string> user)
    {
        var id = new Argument<long>("id");
        var reason = new Option<string?>("--reason") { Required = !approve };
        var command = new Command(name, description) { id, reason };
        command.SetAction(async (parse, ct) =>
        {
            var store = await OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false);
            if (await store.DecideAsync(parse.GetValue(id), approve, parse.GetValue(user)!, parse.GetValue(reason), ct).ConfigureAwait(false) is not { } decided)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"gateway pulls: no undecided pending pull {parse.GetValue(id)} (gateway pulls pending)").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync(approve
                ? $"pending pull {decided.Id} approved: the next pull of {decided.Integration}/{decided.Connector} is applied"
                : $"pending pull {decided.Id} rejected: the stored state of {decided.Integration}/{decided.Connector} stays").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task<PendingPullStore> OpenAsync(string? configFile, CancellationToken cancellationToken) =>
        (await CliServices.OpenAsync(configFile, cancellationToken).ConfigureAwait(false)).Services.GetRequiredService<PendingPullStore>();
}

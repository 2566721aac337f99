using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Accounts;

/// <summary>
/// <c>gateway accounts list [--json]</c>, <c>gateway accounts block NAME [--reason R]</c> and
/// <c>gateway accounts restart NAME --pending process|discard</c>, against the gateway's database.
/// </summary>
public static class AccountsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName, Recursive = true };
        var command = new Command("accounts", "Partner accounts: state, block and restart") { config, user };
        command.Subcommands.Add(List(config));
        command.Subcommands.Add(Block(config, user));
        command.Subcommands.Add(Restart(config, user));
        command.Subcommands.Add(TrustHostKeyCommand.Create(config));
        command.Subcommands.Add(ImportOverviewCommand.Create(config));
        return command;
    }

    private static Command List(Option<string?> config)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per account" };
        var command = new Command("list", "Accounts with their state and message counts") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (catalog, control) = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(json))
            {
                await output.WriteLineAsync($"{"account",-20} {"state",-8} {"held",6} {"queued",7} {"delivered",10} {"failed",7}").ConfigureAwait(false);
            }
            foreach (var account in catalog.All.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                var s = await control.StatusAsync(account.Name, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { account = s.Account, blocked = s.Blocked, held = s.Held, queued = s.Queued, delivered = s.Delivered, failed = s.Failed })
                    : $"{s.Account,-20} {(s.Blocked ? "BLOCKED" : "active"),-8} {s.Held,6} {s.Queued,7} {s.Delivered,10} {s.Failed,7}").ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static Command Block(Option<string?> config, Option<string> user)
    {
        var name = new Argument<string>("account");
        var reason = new Option<string?>("--reason");
        var command = new Command("block", "Stop delivering: messages are still made and validated, and held") { name, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (catalog, control) = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var account = catalog.Get(parse.GetValue(name)!).Name;
            await control.BlockAsync(account, parse.GetValue(user)!, parse.GetValue(reason), cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{account} blocked").ConfigureAwait(false);
            return 0;
        });
        return WithUsageErrors(command);
    }

    private static Command Restart(Option<string?> config, Option<string> user)
    {
        var name = new Argument<string>("account");
        var pending = new Option<PendingChoice>("--pending") { Description = "Held messages: Process (in original order) or Discard (audited)", Required = true };
        var reason = new Option<string?>("--reason");
        var command = new Command("restart", "Unblock an account and decide what happens to its held messages") { name, pending, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (catalog, control) = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var account = catalog.Get(parse.GetValue(name)!).Name;
            var count = await control.RestartAsync(account, parse.GetValue(pending), parse.GetValue(user)!, parse.GetValue(reason), cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{account} restarted; {count} held messages {(parse.GetValue(pending) == PendingChoice.Process ? "released in order" : "discarded")}").ConfigureAwait(false);
            return 0;
        });
        return WithUsageErrors(command);
    }

    private static Command WithUsageErrors(Command command)
    {
        var action = command.Action!;
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await ((System.CommandLine.Invocation.AsynchronousCommandLineAction)action).InvokeAsync(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (KeyNotFoundException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("gateway accounts: " + e.Message).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
        });
        return command;
    }

    private static async Task<(AccountCatalog Catalog, AccountControl Control)> OpenAsync(string? configFile, CancellationToken cancellationToken)
    {
        var (_, services) = await CliServices.OpenAsync(configFile, cancellationToken).ConfigureAwait(false);
        return (services.GetRequiredService<AccountCatalog>(), services.GetRequiredService<AccountControl>());
    }
}

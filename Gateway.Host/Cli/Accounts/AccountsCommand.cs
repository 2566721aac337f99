using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Accounts;
using Gateway.Receiving;
using Gateway.Receiving.Register;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Accounts;

/// <summary>
/// <c>gateway accounts list [--json]</c>, <c>gateway accounts show NAME [--json]</c>, <c>gateway accounts block NAME
/// [--reason R]</c> and <c>gateway accounts restart NAME --pending process|discard</c>, against the gateway's database,
/// for the accounts of both roles (sending: <c>Gateway:Accounts</c>; receiving: <c>Gateway:ReceivingAccounts</c>).
/// </summary>
public static class AccountsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName, Recursive = true };
        var command = new Command("accounts", "Partner accounts: state, block and restart") { config, user };
        command.Subcommands.Add(List(config));
        command.Subcommands.Add(ShowAccountCommand.Create(config));
        command.Subcommands.Add(Block(config, user));
        command.Subcommands.Add(Restart(config, user));
        command.Subcommands.Add(TrustHostKeyCommand.Create(config));
        command.Subcommands.Add(ImportOverviewCommand.Create(config));
        return command;
    }

    private static Command List(Option<string?> config)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per account" };
        var command = new Command("list", "Accounts of both roles with their state and message (or received file) counts") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var control = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(json))
            {
                await output.WriteLineAsync($"{"account",-20} {"role",-9} {"state",-8} {"held",6}  counts").ConfigureAwait(false);
            }
            foreach (var (name, _) in control.Accounts)
            {
                var status = await control.StatusAsync(name, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(Json(status)) : Line(status)).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    /// <summary>One account as a JSON object: sending accounts count messages by state, receiving accounts files by status.</summary>
    internal static object Json(AccountStatus s) => s.Files is { } f
        ? new { account = s.Account, role = "receiving", blocked = s.Blocked, held = f.Held, waiting = f.Waiting, processed = f.Processed, refused = f.Refused, discarded = f.Discarded }
        : new { account = s.Account, role = "sending", blocked = s.Blocked, held = s.Held, queued = s.Queued, delivered = s.Delivered, failed = s.Failed };

    private static string Line(AccountStatus s) =>
        $"{s.Account,-20} {s.Role.ToString().ToLowerInvariant(),-9} {(s.Blocked ? "BLOCKED" : "active"),-8} {s.Held,6}  " + (s.Files is { } f
            ? $"waiting {f.Waiting}, processed {f.Processed}, refused {f.Refused}, discarded {f.Discarded}"
            : $"queued {s.Queued}, delivered {s.Delivered}, failed {s.Failed}");

    private static Command Block(Option<string?> config, Option<string> user)
    {
        var name = new Argument<string>("account");
        var reason = new Option<string?>("--reason");
        var command = new Command("block",
            "Stop processing: a sending account's messages are still made and validated, and held; a receiving account's files are still taken in and validated, and held") { name, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var control = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var account = Known(control, parse.GetValue(name)!);
            await control.BlockAsync(account, parse.GetValue(user)!, parse.GetValue(reason), cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{account} blocked").ConfigureAwait(false);
            return 0;
        });
        return WithUsageErrors(command);
    }

    private static Command Restart(Option<string?> config, Option<string> user)
    {
        var name = new Argument<string>("account");
        var pending = new Option<PendingChoice>("--pending")
        {
            Description = "What was held: Process (in original/arrival order) or Discard (each audited; a received file is answered and kept)",
            Required = true,
        };
        var reason = new Option<string?>("--reason");
        var command = new Command("restart", "Unblock an account and decide what happens to what it held") { name, pending, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var control = await OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var account = Known(control, parse.GetValue(name)!);
            var count = await control.RestartAsync(account, parse.GetValue(pending), parse.GetValue(user)!, parse.GetValue(reason), cancellationToken).ConfigureAwait(false);
            var what = control.RoleOf(account) == AccountRole.Receiving ? "held files" : "held messages";
            var done = parse.GetValue(pending) == PendingChoice.Process
                ? control.RoleOf(account) == AccountRole.Receiving ? "applied in arrival order by the next run" : "released in order"
                : "discarded";
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{account} restarted; {count} {what} {done}").ConfigureAwait(false);
            return 0;
        });
        return WithUsageErrors(command);
    }

    /// <summary>The account's name when an account of either role has it; otherwise throws naming the known accounts.</summary>
    internal static string Known(AccountControl control, string name) =>
        control.RoleOf(name) is not null
            ? name
            : throw new KeyNotFoundException($"account '{name}' is not configured (known: {string.Join(", ", control.Accounts.Select(a => a.Name))})");

    internal static Command WithUsageErrors(Command command)
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

    /// <summary>Account control over both roles (the receiving module registered, its register migrated).</summary>
    internal static async Task<AccountControl> OpenAsync(string? configFile, CancellationToken cancellationToken) =>
        (await OpenServicesAsync(configFile, cancellationToken).ConfigureAwait(false)).GetRequiredService<AccountControl>();

    internal static async Task<IServiceProvider> OpenServicesAsync(string? configFile, CancellationToken cancellationToken)
    {
        var (_, services) = await CliServices.OpenAsync(configFile, cancellationToken, (s, c) => s.AddGatewayReceiving(c)).ConfigureAwait(false);
        await services.GetRequiredService<ReceivingDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        return services;
    }
}

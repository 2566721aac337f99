using System.CommandLine;
using System.Globalization;
using Gateway.Core.Ledger;
using Gateway.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Messages;

/// <summary>
/// <c>gateway messages resend ID|--account A (--case K|--since DATE)</c> (audited) and
/// <c>gateway messages purge [--dry-run]</c>: retention of message bodies per account.
/// </summary>
public static class MessageRetentionCommands
{
    public static Command Resend(Option<string?> config)
    {
        var message = new Argument<string?>("message") { Description = "Ledger id or Berrefnr", Arity = ArgumentArity.ZeroOrOne };
        var account = new Option<string?>("--account");
        var caseKey = new Option<string?>("--case") { Description = "Every delivered message of this case of --account" };
        var since = new Option<string?>("--since") { Description = "Every message of --account delivered since this date or time (UTC, e.g. 2026-11-01)" };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("resend", "Deliver delivered messages again (original file name or a new Berrefnr, as the account chooses)")
        {
            message, account, caseKey, since, user,
        };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            DateTime? sinceUtc = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"gateway messages resend: --since '{text}' is not a date or time").ConfigureAwait(false);
                    return GatewayCli.UsageOrIoError;
                }
                sinceUtc = parsed;
            }
            var selection = new ResendSelection(parse.GetValue(message), parse.GetValue(account), parse.GetValue(caseKey), sinceUtc);
            if (selection.Problem is { } problem)
            {
                await error.WriteLineAsync("gateway messages resend: " + problem).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var services = (await CliServices.OpenAsync(parse.GetValue(config), ct, (s, c) => s.AddGatewayOutbound(c)).ConfigureAwait(false)).Services;
            var outcomes = await services.GetRequiredService<IMessageResend>().ResendAsync(selection, parse.GetValue(user)!, ct).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{outcome.MessageId,8} {outcome.Berrefnr}: {outcome.Detail}").ConfigureAwait(false);
            }
            if (outcomes.Count == 0)
            {
                await error.WriteLineAsync("gateway messages resend: no delivered message matches").ConfigureAwait(false);
                return 1;
            }
            return 0;
        });
        return command;
    }

    public static Command Purge(Option<string?> config)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only show what would be purged" };
        var user = new Option<string>("--user") { Description = "Who does this (audit log)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("purge", "Purge message bodies and stored documents past their account's retention (RetainBodiesFor); rows and hashes stay") { dryRun, user };
        command.SetAction(async (parse, ct) =>
        {
            var services = (await CliServices.OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false)).Services;
            var counts = await services.GetRequiredService<LedgerRetention>().RunAsync(parse.GetValue(dryRun), parse.GetValue(user)!, ct).ConfigureAwait(false);
            var verb = parse.GetValue(dryRun) ? "would purge" : "purged";
            foreach (var count in counts)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"{count.Account}: {verb} {count.Messages} message bodies and {count.Documents} stored documents (delivered or answered before {count.CutoffUtc:u}; oldest created {count.OldestCreatedUtc:u})").ConfigureAwait(false);
            }
            if (counts.Count == 0)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"nothing past retention: {verb} 0 message bodies").ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }
}

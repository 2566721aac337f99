using System.CommandLine;
using Gateway.Core.Uitval;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Uitval;

/// <summary>
/// <c>gateway uitval retry ID</c>: one entry; <c>gateway uitval retry --account A --stage Delivery --since 2026-12-01
/// [--until …] [--reason TEXT]</c>: every open entry the filter takes (<see cref="UitvalBulkRetry"/>, audited with the
/// filter and the count).
/// </summary>
internal static class UitvalRetryCommand
{
    public static Command Create(Option<string?> config, Option<string> user)
    {
        var id = new Argument<long?>("id") { Description = "The entry to retry; leave out to retry by filter", Arity = ArgumentArity.ZeroOrOne };
        var account = new Option<string?>("--account") { Description = "Bulk: entries of this account (or integration)" };
        var stage = new Option<UitvalStage?>("--stage") { Description = "Bulk: entries of this stage (Import, Transformation, Validation, Delivery)" };
        var reason = new Option<string?>("--reason") { Description = "Bulk: entries whose reason contains this text" };
        var since = new Option<DateTime?>("--since") { Description = "Bulk: entries created at or after this moment (yyyy-MM-dd[THH:mm], UTC)" };
        var until = new Option<DateTime?>("--until") { Description = "Bulk: entries created before this moment (yyyy-MM-dd[THH:mm], UTC)" };
        var command = new Command("retry", "Try records again (delivery: requeue; other stages: fetch again at the next pull): one by id, or every open one a filter takes")
        {
            id, account, stage, reason, since, until,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = new UitvalSelection(parse.GetValue(account), parse.GetValue(stage), parse.GetValue(reason), Utc(parse.GetValue(since)), Utc(parse.GetValue(until)));
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(id) is { } single)
            {
                if (!selection.IsEmpty)
                {
                    await error.WriteLineAsync("gateway uitval retry: give an id or filters (--account, --stage, --reason, --since, --until), not both").ConfigureAwait(false);
                    return GatewayCli.UsageOrIoError;
                }
                var services = await UitvalCommand.OpenServicesAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
                var result = await services.GetRequiredService<UitvalStore>().RetryAsync(single, parse.GetValue(user)!, cancellationToken).ConfigureAwait(false);
                return await UitvalCommand.ReportAsync(parse, result, $"uitval {single} retried").ConfigureAwait(false);
            }
            if (selection.IsEmpty)
            {
                await error.WriteLineAsync("gateway uitval retry: give an id, or at least one filter (--account, --stage, --reason, --since, --until)").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            if (selection.Stage == UitvalStage.Connection)
            {
                await error.WriteLineAsync("gateway uitval retry: outage alerts (stage Connection) are not retried; they close by themselves when the partner answers again").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var bulk = (await UitvalCommand.OpenServicesAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false)).GetRequiredService<UitvalBulkRetry>();
            var outcome = await bulk.RetryAsync(selection, parse.GetValue(user)!, cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{outcome.Filter}: {outcome.Matched} open uitval matched, {outcome.Retried} retried, {outcome.NotRetried.Count} not retried").ConfigureAwait(false);
            foreach (var skipped in outcome.NotRetried)
            {
                await output.WriteLineAsync($"  not retried: {skipped.Detail}").ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static DateTime? Utc(DateTime? value) => value is { } moment ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : null;
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Gateway.Core.ReceivingRegister;
using Gateway.Host.Cli.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Receiving;

/// <summary>
/// <c>gateway receiving files|cases|retourmeldingen|reports [filters] [--skip N] [--take N] [--json]</c>: the receiving
/// console on the command line — received files with their status and Retourmelding, the absence case register (and
/// <c>cases --id N</c>: one case's chain), the Retourmeldingen made, the processing reports. <c>--json</c> prints one
/// JSON object per line. Values as stored: the operator at the console sees what an admin sees.
/// </summary>
public static class ReceivingCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var account = new Option<string?>("--account") { Description = "Only this receiving account", Recursive = true };
        var skip = new Option<int>("--skip") { Description = "Skip this many (newest first)", Recursive = true };
        var take = new Option<int>("--take") { Description = "At most this many (default 50)", DefaultValueFactory = _ => 50, Recursive = true };
        var json = new Option<bool>("--json") { Description = "One JSON object per line", Recursive = true };
        var context = new Shared(config, account, skip, take, json);
        return new Command("receiving", "The receiving role's console: received files, absence cases, Retourmeldingen, processing reports")
        {
            config, account, skip, take, json, Files(context), Cases(context), Retourmeldingen(context), Reports(context),
        };
    }

    private sealed record Shared(Option<string?> Config, Option<string?> Account, Option<int> Skip, Option<int> Take, Option<bool> Json);

    private static Command Files(Shared shared)
    {
        var state = new Option<string?>("--state") { Description = "held, processed, refused, waiting, expired or discarded" };
        var berrefnr = new Option<string?>("--berrefnr");
        var command = new Command("files", "Received files, newest first, with status, errors and Retourmelding") { state, berrefnr };
        command.SetAction((parse, ct) => RunAsync(parse, shared, async (queries, s, t) =>
        {
            var filter = new ReceivedFileFilter(parse.GetValue(shared.Account), Canonical(parse.GetValue(state)), null, parse.GetValue(berrefnr), null, null, s, t);
            var page = await queries.FilesAsync(filter, ct).ConfigureAwait(false);
            return (page.Total, page.Items.Select(f => ((object)f, $"{f.Id,6} {f.ReceivedUtc:yyyy-MM-dd HH:mm} {f.Account,-14} {f.State,-9} {f.MessageType} {f.Release} {f.FileName} "
                + $"Berrefnr {f.Berrefnr}{(f.RetourmeldingCode is { } code ? $"; Retourmelding {code}" + (f.RetourmeldingDeliveredUtc is null ? " (pending)" : "") : "")}"
                + string.Concat(f.Errors.Select(e => $"\n         {e.SrtFoutCd} {e.Kind}: {e.Toelichting}")))));
        }, ct));
        return command;
    }

    private static Command Cases(Shared shared)
    {
        var employer = new Option<string?>("--employer") { Description = "IdWrkgvrArbdnst" };
        var employee = new Option<string?>("--employee") { Description = "IdWrknmr" };
        var status = new Option<string?>("--status") { Description = "open, closed or deleted" };
        var id = new Option<long?>("--id") { Description = "One case with its chain" };
        var command = new Command("cases", "The absence case register, most recently changed first") { employer, employee, status, id };
        command.SetAction((parse, ct) => RunAsync(parse, shared, async (queries, s, t) =>
        {
            if (parse.GetValue(id) is { } one)
            {
                var detail = await queries.CaseAsync(one, ct).ConfigureAwait(false);
                return detail is null ? (0, []) : (1, [((object)detail, Line(detail.Case)
                    + string.Concat(detail.Chain.Select(m => $"\n  #{m.Sequence} {m.VrwrkCd} {m.Meaning} Berrefnr {m.Berrefnr} file {m.FileId} {m.AppliedUtc:yyyy-MM-dd HH:mm}"))
                    + string.Concat(detail.Waiting.Select(f => $"\n  waiting: file {f.Id} {f.FileName} ({f.WaitingFor})")))]);
            }
            var filter = new AbsenceCaseFilter(parse.GetValue(shared.Account), parse.GetValue(employer), parse.GetValue(employee), null, Canonical(parse.GetValue(status)), s, t);
            var page = await queries.CasesAsync(filter, ct).ConfigureAwait(false);
            return (page.Total, page.Items.Select(c => ((object)c, Line(c))));
        }, ct));
        return command;
    }

    private static Command Retourmeldingen(Shared shared)
    {
        var code = new Option<string?>("--code") { Description = "02 (processed) or 03 (not processed)" };
        var command = new Command("retourmeldingen", "Retourmeldingen made for the sending partners, newest first") { code };
        command.SetAction((parse, ct) => RunAsync(parse, shared, async (queries, s, t) =>
        {
            var page = await queries.RetourmeldingenAsync(new SentRetourmeldingFilter(parse.GetValue(shared.Account), parse.GetValue(code), null, null, null, s, t), ct)
                .ConfigureAwait(false);
            return (page.Total, page.Items.Select(r => ((object)r, $"{r.Id,6} {r.CreatedUtc:yyyy-MM-dd HH:mm} {r.Account,-14} {r.Code} answers {r.AnsweredBerrefnr} (file {r.ReceivedFileId}) "
                + (r.DeliveredUtc is { } at ? $"delivered {at:yyyy-MM-dd HH:mm}" : "pending"))));
        }, ct));
        return command;
    }

    private static Command Reports(Shared shared)
    {
        var command = new Command("reports", "Processing reports of the receiving runs, newest first");
        command.SetAction((parse, ct) => RunAsync(parse, shared, async (queries, s, t) =>
        {
            var page = await queries.ReportsAsync(new ProcessingReportFilter(parse.GetValue(shared.Account), null, null, s, t), ct).ConfigureAwait(false);
            return (page.Total, page.Items.Select(r => ((object)r, $"{r.AtUtc:yyyy-MM-dd HH:mm} {r.Account}: {r.Files} files — {r.Processed} processed, {r.Refused} refused, "
                + $"{r.Held} held, {r.Waiting} waiting; {r.Problems} intake problems\n{r.Text.TrimEnd()}")));
        }, ct));
        return command;
    }

    private static string Line(AbsenceCaseView c) =>
        $"{c.Id,6} {c.Account,-14} {c.EmployerId} {c.VrzmgvlId} employee {c.IdWrknmr} {c.Status} #{c.LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "-"} "
        + $"from {c.FirstSickDay:yyyy-MM-dd}{(c.RecoveredOn is { } r ? $" to {r:yyyy-MM-dd}" : "")} {c.ReceiverClassification} ({c.Source})";

    private static string? Canonical(string? value) => string.IsNullOrWhiteSpace(value) ? null : char.ToUpperInvariant(value.Trim()[0]) + value.Trim()[1..].ToLowerInvariant();

    private static async Task<int> RunAsync(ParseResult parse, Shared shared,
        Func<IReceivingRegisterQueries, int, int, Task<(int Total, IEnumerable<(object Item, string Text)> Rows)>> query, CancellationToken cancellationToken)
    {
        var services = await AccountsCommand.OpenServicesAsync(parse.GetValue(shared.Config), cancellationToken).ConfigureAwait(false);
        var (total, rows) = await query(services.GetRequiredService<IReceivingRegisterQueries>(), Math.Max(0, parse.GetValue(shared.Skip)),
            Math.Clamp(parse.GetValue(shared.Take), 1, 500)).ConfigureAwait(false);
        var output = parse.InvocationConfiguration.Output;
        foreach (var (item, text) in rows)
        {
            await output.WriteLineAsync(parse.GetValue(shared.Json) ? JsonSerializer.Serialize(item, item.GetType(), JsonSerializerOptions.Web) : text).ConfigureAwait(false);
        }
        if (!parse.GetValue(shared.Json))
        {
            await output.WriteLineAsync($"{total} in all").ConfigureAwait(false);
        }
        return 0;
    }
}

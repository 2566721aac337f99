using System.CommandLine;
using System.Text.Json;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Retourmeldingen;

/// <summary><c>gateway retourmeldingen list [--account A] [--since yyyy-MM-dd | --days N] [--rejected] [--json]</c>: answers received for sent messages.</summary>
public static class RetourmeldingenCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var account = new Option<string?>("--account");
        var days = new Option<int>("--days") { Description = "Answers of the last N days", DefaultValueFactory = _ => 7 };
        var since = new Option<DateTime?>("--since") { Description = "Answers since this date (yyyy-MM-dd, UTC); overrides --days" };
        var rejected = new Option<bool>("--rejected") { Description = "Only messages the receiver did not process" };
        var json = new Option<bool>("--json");
        var list = new Command("list", "Retourmeldingen received, per message") { account, days, since, rejected, json };
        list.SetAction(async (parse, ct) =>
        {
            var database = (await CliServices.OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false)).Services.GetRequiredService<GatewayDatabase>();
            var from = parse.GetValue(since) is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : DateTime.UtcNow.AddDays(-parse.GetValue(days));
            var onlyRejected = parse.GetValue(rejected);
            var accountName = parse.GetValue(account);
            await using var context = database.CreateContext();
            var answered = await context.LedgerMessages.AsNoTracking()
                .Where(m => m.AcknowledgedUtc != null && m.AcknowledgedUtc >= from && (accountName == null || m.Account == accountName)
                    && (!onlyRejected || m.State == LedgerState.Rejected))
                .OrderByDescending(m => m.AcknowledgedUtc)
                .Select(m => new { m.Id, m.Account, m.MessageType, m.Berrefnr, m.State, m.AcknowledgedUtc, m.LastError })
                .ToListAsync(ct).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(json))
            {
                await output.WriteLineAsync($"{"answered (UTC)",-16} {"account",-14} {"type",-34} {"Berrefnr",-34} {"result",-12} errors").ConfigureAwait(false);
            }
            foreach (var m in answered)
            {
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(new { id = m.Id, account = m.Account, type = m.MessageType, berrefnr = m.Berrefnr, processed = m.State == LedgerState.Acknowledged, answeredUtc = m.AcknowledgedUtc, errors = m.LastError })
                    : $"{m.AcknowledgedUtc,-16:yyyy-MM-dd HH:mm} {m.Account,-14} {m.MessageType,-34} {m.Berrefnr,-34} {(m.State == LedgerState.Acknowledged ? "processed" : "REJECTED"),-12} {m.LastError}").ConfigureAwait(false);
            }
            return 0;
        });
        return new Command("retourmeldingen", "Answers (Retourmelding1) received from arbodiensten") { config, list };
    }
}

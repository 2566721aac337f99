using System.CommandLine;
using System.Text;
using System.Xml.Linq;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Messages;

/// <summary>
/// <c>gateway messages show &lt;id|berrefnr&gt; [--unmasked]</c>: a ledger message with its state and pretty-printed XML (BSN/IBAN masked by
/// default); <c>resend</c> and <c>purge</c> in <see cref="MessageRetentionCommands"/>.
/// </summary>
public static class MessagesCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)", Recursive = true };
        var key = new Argument<string>("message") { Description = "Ledger id or Berrefnr" };
        var unmasked = new Option<bool>("--unmasked") { Description = "Show BSN and IBAN as they were sent" };
        var show = new Command("show", "Show one message") { key, unmasked };
        show.SetAction(async (parse, ct) =>
        {
            var database = (await CliServices.OpenAsync(parse.GetValue(config), ct).ConfigureAwait(false)).Services.GetRequiredService<GatewayDatabase>();
            var wanted = parse.GetValue(key)!;
            await using var context = database.CreateContext();
            var byId = long.TryParse(wanted, System.Globalization.CultureInfo.InvariantCulture, out var id);
            var message = await context.LedgerMessages.AsNoTracking()
                .SingleOrDefaultAsync(m => (byId && m.Id == id) || m.Berrefnr == wanted, ct).ConfigureAwait(false);
            if (message is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"gateway messages: no message {wanted}").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"id {message.Id}  message id {message.MessageId}  Berrefnr {message.Berrefnr}").ConfigureAwait(false);
            await output.WriteLineAsync($"account {message.Account}  {message.MessageType} {message.Release}  case {message.CaseKey}  file {message.FileName}").ConfigureAwait(false);
            await output.WriteLineAsync($"state {message.State}  created {message.CreatedUtc:u}  delivered {message.DeliveredUtc:u}  answered {message.AcknowledgedUtc:u}  attempts {message.Attempts}").ConfigureAwait(false);
            if (message.LastError is not null)
            {
                await output.WriteLineAsync("last error: " + message.LastError).ConfigureAwait(false);
            }
            if (message.BodyPurgedUtc is { } purged)
            {
                await output.WriteLineAsync($"body purged by retention on {purged:u}; SHA-256 {message.BodySha256}").ConfigureAwait(false);
                return 0;
            }
            var xml = XDocument.Parse(Encoding.UTF8.GetString(BodyCompression.Decompress(message.Body, message.BodyLength))).ToString();
            await output.WriteLineAsync(parse.GetValue(unmasked) ? xml : PersonalDataScrubber.Scrub(xml)).ConfigureAwait(false);
            return 0;
        });
        return new Command("messages", "Messages in the ledger") { config, show, MessageRetentionCommands.Resend(config), MessageRetentionCommands.Purge(config) };
    }
}

using System.Text;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Host.Samples;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Gateway.Outbound.Retour;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Tests.Operator;

/// <summary><c>gateway uitval list|retry|dismiss</c>, <c>gateway messages show</c> and <c>gateway retourmeldingen list</c>.</summary>
public sealed class OperatorCommandsTests : IAsyncLifetime
{
    private CliDatabase _cli = null!;
    private string _config = "";
    private GatewayDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _cli = await CliDatabase.CreateAsync("operator");
        (_config, _database) = (_cli.Config, _cli.Database);
    }

    [Fact]
    public async Task Retrying_a_delivery_uitval_requeues_its_message_and_dismiss_closes_with_a_reason()
    {
        await AddMessageAsync("A-1", "<x/>", LedgerState.Failed);
        await AddUitvalAsync(UitvalStage.Delivery, "A");
        await AddUitvalAsync(UitvalStage.Validation, "B");

        var (_, list, _) = await RunAsync("uitval", "list", "--json", "--config", _config);
        var ids = list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(0, (await RunAsync("uitval", "retry", ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "fb", "--config", _config)).Exit);
        Assert.Equal(0, (await RunAsync("uitval", "dismiss", ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "known test employee", "--user", "fb", "--config", _config)).Exit);
        Assert.Equal(2, (await RunAsync("uitval", "retry", ids[1].ToString(System.Globalization.CultureInfo.InvariantCulture), "--config", _config)).Exit);

        await using var context = _database.CreateContext();
        Assert.Equal(LedgerState.Queued, (await context.LedgerMessages.SingleAsync()).State);
        Assert.Equal([UitvalStatus.Resolved, UitvalStatus.Dismissed], await context.Uitval.OrderBy(u => u.Id).Select(u => u.Status).ToListAsync());
        var audit = await context.AuditLog.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["uitval.retry", "uitval.dismiss"], audit.Select(a => a.Action));
        Assert.Equal("known test employee", audit[1].Reason);
        Assert.Empty((await RunAsync("uitval", "list", "--json", "--config", _config)).Output.Trim());
    }

    [Fact]
    public async Task Message_show_masks_a_bsn_unless_asked_and_retourmeldingen_list_shows_answers()
    {
        await AddMessageAsync("A-1", "<Verzuimmeldingen><SofiNr>111222333</SofiNr></Verzuimmeldingen>", LedgerState.Delivered);
        var retour = await SiviMessageWriter.Default.ToBytesAsync(new SampleMessageFactory(SiviDefinitions.Embedded, TimeProvider.System).Retourmelding("2025", "A-1", rejected: true), "2025");
        await new RetourmeldingCorrelator(_database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance).ApplyAsync("arbo", "RM.xml", new MemoryStream(retour), default);

        var (exit, masked, _) = await RunAsync("messages", "show", "A-1", "--config", _config);
        var (_, plain, _) = await RunAsync("messages", "show", "A-1", "--unmasked", "--config", _config);
        var (_, answers, _) = await RunAsync("retourmeldingen", "list", "--rejected", "--since", "2000-01-01", "--json", "--config", _config);
        var (_, none, _) = await RunAsync("retourmeldingen", "list", "--since", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json", "--config", _config);
        Assert.Empty(none.Trim());

        Assert.Equal(0, exit);
        Assert.DoesNotContain("111222333", masked, StringComparison.Ordinal);
        Assert.Contains("111222333", plain, StringComparison.Ordinal);
        Assert.Contains("state Rejected", masked, StringComparison.Ordinal);
        var answer = System.Text.Json.JsonDocument.Parse(answers.Trim()).RootElement;
        Assert.False(answer.GetProperty("processed").GetBoolean());
        Assert.Contains("Werknemer onbekend", answer.GetProperty("errors").GetString(), StringComparison.Ordinal);
    }

    private async Task AddMessageAsync(string berrefnr, string xml, LedgerState state)
    {
        await using var context = _database.CreateContext();
        var message = await LedgerWriter.AddAsync(context, new NewLedgerMessage("arbo", "Verzuimmeldingen", "2025", "A", berrefnr, $"VZ_{berrefnr}.xml", Encoding.UTF8.GetBytes(xml)), DateTime.UtcNow, default);
        message.State = state;
        await context.SaveChangesAsync();
    }

    private async Task AddUitvalAsync(UitvalStage stage, string key)
    {
        await using var context = _database.CreateContext();
        context.Uitval.Add(new UitvalEntry { Integration = "arbo", Stage = stage, Connector = "Verzuimmeldingen", RecordKey = key, Reason = "test", Status = UitvalStatus.Open, CreatedUtc = DateTime.UtcNow });
        await context.SaveChangesAsync();
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => GatewayCliRunner.RunAsync(args);

    public async Task DisposeAsync() => await _cli.DisposeAsync();
}

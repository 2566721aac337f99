using System.Text;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Outbound.Ledger;

namespace Gateway.Admin.Tests.Charts;

/// <summary>Rows with chosen times for the dashboard's charts, written through the gateway's ledger writer and its entities.</summary>
internal sealed class ChartSeed(GatewayDatabase database)
{
    private static int _next;

    public async Task<long> MessageAsync(DateTime createdUtc, LedgerState state, string type = "Verzuimmeldingen", string account = "arbo",
        DateTime? deliveredUtc = null, DateTime? answeredUtc = null)
    {
        await using var context = database.CreateContext();
        var berrefnr = $"chart{Interlocked.Increment(ref _next):D6}";
        var message = await LedgerWriter.AddAsync(context, new NewLedgerMessage(account, type, "2025", "CASE-" + berrefnr, berrefnr, $"VZ_{berrefnr}.xml",
            Encoding.UTF8.GetBytes($"<Verzuimmeldingen><Berrefnr>{berrefnr}</Berrefnr></Verzuimmeldingen>"), null), createdUtc, default);
        message.State = state;
        message.DeliveredUtc = deliveredUtc;
        message.AcknowledgedUtc = answeredUtc;
        message.LastError = state == LedgerState.Rejected ? "Retourmelding 03: IdWrknmr onbekend" : null;
        await context.SaveChangesAsync();
        return message.Id;
    }

    public async Task UitvalAsync(DateTime createdUtc, UitvalStatus status = UitvalStatus.Open, DateTime? closedUtc = null)
    {
        await using var context = database.CreateContext();
        context.Uitval.Add(new UitvalEntry
        {
            Integration = "demo",
            Stage = UitvalStage.Import,
            Connector = "Newdays_Connect_Verzuim_v1",
            RecordKey = "R-" + Interlocked.Increment(ref _next),
            Reason = "Datum_begin is not a date",
            Status = status,
            CreatedUtc = createdUtc,
            ResolvedUtc = closedUtc,
            ResolvedBy = closedUtc is null ? null : "fb",
        });
        await context.SaveChangesAsync();
    }

    public async Task PullAsync(string connector, DateTime startedUtc, double seconds, int rows, PullStatus status = PullStatus.Succeeded, string integration = "demo")
    {
        await using var context = database.CreateContext();
        context.PullRuns.Add(new PullRun
        {
            Integration = integration,
            Connector = connector,
            StartedUtc = startedUtc,
            FinishedUtc = status == PullStatus.Running ? null : startedUtc.AddSeconds(seconds),
            Status = status,
            Rows = rows,
            New = rows,
            Error = status == PullStatus.Failed ? "AFAS answered 500" : null,
        });
        await context.SaveChangesAsync();
    }
}

using System.Diagnostics.Metrics;
using Gateway.Core.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Gateway.Host.Telemetry;

/// <summary>
/// The gauges read from the ledger (<see cref="LedgerCounts"/>) on the gateway's meter: <c>gateway.messages</c> by
/// account, type and state, <c>gateway.uitval.open</c> by integration and stage (<see cref="UitvalOpenSeries"/>), <c>gateway.queue.depth</c> by queue
/// (delivery per account, outbox). Created when the host starts, with its meter factory, so they end with the host.
/// </summary>
internal sealed class LedgerGauges(IMeterFactory meters, LedgerCounts counts) : IHostedService
{
    private readonly UitvalOpenSeries _uitval = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(GatewayTelemetry.Name);
        meter.CreateObservableGauge("gateway.messages", () => counts.Current().Messages.Select(m => new Measurement<int>(m.Count,
            new("gateway.account", m.Account), new("gateway.message.type", m.Type), new("gateway.message.state", m.State.ToString()))),
            "{message}", "Messages on the ledger by account, type and state");
        meter.CreateObservableGauge("gateway.uitval.open", () => _uitval.Observe(counts.Current().OpenUitval).Select(u => new Measurement<int>(u.Count,
            new("gateway.integration", u.Integration), new("gateway.account", u.Account), new("gateway.uitval.stage", u.Stage.ToString()))),
            "{entry}", "Open uitval entries by integration, account (each empty where none is concerned) and stage");
        meter.CreateObservableGauge("gateway.queue.depth", () => QueueDepth(counts.Current()), "{item}",
            "Messages waiting for delivery (queue delivery, per account) and events waiting for the bus (queue outbox)");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static IEnumerable<Measurement<int>> QueueDepth(LedgerCounts.Snapshot snapshot) =>
        snapshot.DeliveryQueue.Select(q => new Measurement<int>(q.Count, new("gateway.queue", "delivery"), new("gateway.account", q.Account)))
            .Append(new Measurement<int>(snapshot.OutboxPending, new KeyValuePair<string, object?>("gateway.queue", "outbox")));
}

using System.Diagnostics;
using Gateway.Core.Ledger;
using Gateway.Core.Telemetry;

namespace Gateway.Outbound.Ledger;

/// <summary>A message's committed milestones on the gateway's meter: its delivery latency and its Retourmelding turnaround.</summary>
internal static class MessageMetrics
{
    /// <summary>Created → delivered, once the delivery is committed.</summary>
    public static void Delivered(LedgerMessage message)
    {
        if (message.DeliveredUtc is { } delivered)
        {
            GatewayTelemetry.DeliveryLatency.Record((delivered - message.CreatedUtc).TotalSeconds,
                new TagList { { "gateway.account", message.Account }, { "gateway.message.type", message.MessageType } });
        }
    }

    /// <summary>Delivered → answered, once the Retourmelding is recorded.</summary>
    public static void Answered(LedgerMessage message, bool processed)
    {
        Activity.Current?.SetTag("gateway.message.id", message.MessageId);
        if (message.AcknowledgedUtc is { } answered)
        {
            GatewayTelemetry.RetourTurnaround.Record((answered - (message.DeliveredUtc ?? message.CreatedUtc)).TotalSeconds,
                new TagList { { "gateway.account", message.Account }, { "gateway.message.type", message.MessageType }, { "gateway.retourmelding.outcome", processed ? "processed" : "rejected" } });
        }
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gateway.Core.Telemetry;

/// <summary>
/// The gateway's own traces and measurements, named <see cref="Name"/>: one activity source for the spans of pull →
/// convert → deliver → Retourmelding, one meter for what happens as it happens (durations, rows, latencies). Tags carry
/// ids, accounts, connectors and message types only, never message content or personal data. Without a listener
/// (no OpenTelemetry configured) starting a span or recording a value costs next to nothing.
/// </summary>
public static class GatewayTelemetry
{
    public const string Name = "Gateway";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>How long one AFAS connector pull took, by integration, connector and outcome.</summary>
    public static readonly Histogram<double> PullDuration = Meter.CreateHistogram<double>("gateway.pull.duration", "s", "Duration of one AFAS connector pull");

    /// <summary>How many rows one successful pull read, by integration and connector.</summary>
    public static readonly Histogram<long> PullRows = Meter.CreateHistogram<long>("gateway.pull.rows", "{row}", "Rows read by one AFAS connector pull");

    /// <summary>From the message's creation to its delivery at the receiver, by account and message type.</summary>
    public static readonly Histogram<double> DeliveryLatency = Meter.CreateHistogram<double>("gateway.delivery.latency", "s", "Time from a message's creation to its delivery");

    /// <summary>From delivery to the receiver's Retourmelding, by account, message type and outcome.</summary>
    public static readonly Histogram<double> RetourTurnaround = Meter.CreateHistogram<double>("gateway.retourmelding.turnaround", "s", "Time from a message's delivery to its Retourmelding");

    /// <summary>Starts a span of the gateway (null when nobody listens).</summary>
    public static Activity? Start(string name, params (string Key, object? Value)[] tags)
    {
        var activity = Source.StartActivity(name);
        if (activity is not null)
        {
            foreach (var (key, value) in tags)
            {
                activity.SetTag(key, value);
            }
        }
        return activity;
    }

    /// <summary>Marks a span as failed with the exception's type (its message may name records, so it is left out).</summary>
    public static void Failed(this Activity? activity, Exception error) =>
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
}

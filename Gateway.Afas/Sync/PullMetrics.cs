using System.Diagnostics;
using Gateway.Core.Pulls;
using Gateway.Core.Telemetry;

namespace Gateway.Afas.Sync;

/// <summary>One finished pull's duration and rows on the gateway's meter, and its counts on its span.</summary>
internal static class PullMetrics
{
    public static void Record(string integration, string connector, SyncResult result, TimeSpan duration, Activity? span)
    {
        var outcome = result.Status == PullStatus.Succeeded ? "succeeded" : "failed";
        var tags = new TagList { { "gateway.integration", integration }, { "gateway.connector", connector }, { "gateway.pull.outcome", outcome } };
        GatewayTelemetry.PullDuration.Record(duration.TotalSeconds, tags);
        if (result.Status == PullStatus.Succeeded)
        {
            GatewayTelemetry.PullRows.Record(result.Rows, new TagList { { "gateway.integration", integration }, { "gateway.connector", connector } });
        }
        span?.SetTag("gateway.pull.rows", result.Rows);
        span?.SetTag("gateway.pull.new", result.New);
        span?.SetTag("gateway.pull.changed", result.Changed);
        span?.SetTag("gateway.pull.gone", result.Gone);
        span?.SetTag("gateway.pull.outcome", outcome);
    }
}

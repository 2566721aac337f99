using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>
/// Ready while every worker that has looped once loops on: a worker is late when its last loop is longer ago than
/// <see cref="HealthOptions.HeartbeatTolerance"/> times its interval and at least <see cref="HealthOptions.HeartbeatGrace"/>.
/// The late workers are named.
/// </summary>
public sealed class WorkerHeartbeatsHealthCheck(WorkerHeartbeats heartbeats, HealthOptions options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var beats = heartbeats.Current.OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        var data = beats.ToDictionary(b => b.Key, b => (object)b.Value.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var late = beats.Where(b => now - b.Value.At > Allowed(b.Value.Interval)).Select(b => b.Key).ToList();
        return Task.FromResult(late.Count == 0
            ? HealthCheckResult.Healthy($"{beats.Count} worker loop(s) on time", data)
            : HealthCheckResult.Unhealthy($"not looping: {string.Join(", ", late)}", data: data));
    }

    private TimeSpan Allowed(TimeSpan interval)
    {
        var scaled = interval * options.HeartbeatTolerance;
        return scaled > options.HeartbeatGrace ? scaled : options.HeartbeatGrace;
    }
}

using System.Collections.Concurrent;

namespace Gateway.Host.Health;

/// <summary>
/// Each hosted worker's last loop: the worker beats once per loop with the interval it expects to come round in, and
/// readiness (<see cref="WorkerHeartbeatsHealthCheck"/>) turns red when one has not come round for too long.
/// </summary>
public sealed class WorkerHeartbeats(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Heartbeat> _beats = new(StringComparer.Ordinal);

    /// <summary>When this gateway started its workers: scheduled pulls due before it are not its to answer for.</summary>
    public DateTimeOffset Since { get; } = clock.GetUtcNow();

    public sealed record Heartbeat(DateTimeOffset At, TimeSpan Interval);

    /// <param name="worker">The worker (with its job, e.g. <c>SyncScheduler afas/Verzuim</c>).</param>
    /// <param name="interval">When it expects to loop again at the latest when all is well.</param>
    public void Beat(string worker, TimeSpan interval) => _beats[worker] = new Heartbeat(clock.GetUtcNow(), interval);

    public IReadOnlyDictionary<string, Heartbeat> Current => _beats;
}

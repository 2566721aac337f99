namespace Gateway.Host.Health;

/// <summary>
/// Section <c>Gateway:Health</c>: the listener of <c>/healthz</c> (the process lives) and <c>/readyz</c> (it can work:
/// database, bus, each SFTP-push account's server with its pinned key, the workers' heartbeats, the scheduled pulls). It runs whether or not the admin UI does.
/// </summary>
public sealed class HealthOptions
{
    public const string Section = "Gateway:Health";

    /// <summary>Listen addresses, separated by <c>;</c>; empty turns the listener off. Default: loopback port 5089.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5089";

    /// <summary>How long one readiness check (one SFTP connect, the database) may take before it counts as failed.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A worker counts as stuck when it has not looped for this many times its interval (and <see cref="HeartbeatGrace"/>).</summary>
    public double HeartbeatTolerance { get; set; } = 5;

    /// <summary>The least time a worker may take for one loop before it counts as stuck (a long conversion or delivery run).</summary>
    public TimeSpan HeartbeatGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long after a scheduled pull was due it may still be running or retrying before readiness turns red.</summary>
    public TimeSpan PullGrace { get; set; } = TimeSpan.FromMinutes(30);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

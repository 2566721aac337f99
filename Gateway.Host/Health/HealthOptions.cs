namespace Gateway.Host.Health;

/// <summary>
/// Section <c>Gateway:Health</c>: the listener of <c>/healthz</c> (the process lives) and <c>/readyz</c> (it can work:
/// database, bus, each SFTP-push account's server with its pinned key). It runs whether or not the admin UI does.
/// </summary>
public sealed class HealthOptions
{
    public const string Section = "Gateway:Health";

    /// <summary>Listen addresses, separated by <c>;</c>; empty turns the listener off. Default: loopback port 5089.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5089";

    /// <summary>How long one readiness check (one SFTP connect, the database) may take before it counts as failed.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

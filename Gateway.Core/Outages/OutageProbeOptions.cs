namespace Gateway.Core.Outages;

/// <summary>
/// Section <c>Gateway:Delivery:Outage</c>: how often an unreachable partner is tried again. The n-th failed attempt in
/// a row waits <see cref="FirstProbeDelay"/>·2^(n−1), at most <see cref="MaxProbeDelay"/>, with up to 20% jitter.
/// </summary>
public sealed class OutageProbeOptions
{
    public const string Section = "Gateway:Delivery:Outage";

    public TimeSpan FirstProbeDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxProbeDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When to probe after <paramref name="failures"/> failed attempts in a row.</summary>
    public DateTime NextProbe(int failures, DateTime now)
    {
        var delay = Math.Min(FirstProbeDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures, 1, 30) - 1), MaxProbeDelay.TotalMilliseconds);
        return now.AddMilliseconds(delay * (1 + Random.Shared.NextDouble() * 0.2));
    }
}

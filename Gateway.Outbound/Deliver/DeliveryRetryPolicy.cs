namespace Gateway.Outbound.Deliver;

/// <summary>
/// Section <c>Gateway:Delivery:Retry</c>. Exponential backoff for transient failures of one message: base·2^(n−1),
/// capped, with up to 20% jitter; then uitval. A partner that cannot be reached at all is not such a failure: that
/// pauses the account (<see cref="Core.Outages.OutageProbeOptions"/>).
/// </summary>
public sealed class DeliveryRetryPolicy
{
    public const string Section = "Gateway:Delivery:Retry";

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long an account's delivery lease lasts without renewal; its holder renews it every third of this. After a
    /// crash a restarted process on the same node takes the account over at once, another node once it expired.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = Core.Coordination.LeaseStore.DefaultDuration;

    /// <summary>When to try again after <paramref name="attempts"/> failed attempts, or null when it is time to give up.</summary>
    public DateTime? NextAttempt(int attempts, DateTime now)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }
        var delay = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, attempts - 1), MaxDelay.TotalMilliseconds);
        return now.AddMilliseconds(delay * (1 + Random.Shared.NextDouble() * 0.2));
    }
}

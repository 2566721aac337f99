namespace Gateway.Core.Bus;

/// <summary>
/// Configuration section <c>Gateway:Bus:Retry</c>: how often, and how far apart, a consumer that failed with a
/// transient fault (<see cref="TransientFaults"/>) is tried again before the message is faulted to the error queue.
/// The wait grows exponentially from <see cref="MinInterval"/> by <see cref="IntervalDelta"/> up to
/// <see cref="MaxInterval"/>.
/// </summary>
public sealed class BusRetryOptions
{
    /// <summary>Retries after the first attempt. Default 5; 0 turns retrying off.</summary>
    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromSeconds(1);
}

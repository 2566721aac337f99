namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>A clock standing still at one instant, so "today" matches the simulator's start date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock SimulatorStart { get; } = new(new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

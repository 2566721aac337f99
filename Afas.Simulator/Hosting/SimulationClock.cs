namespace Afas.Simulator.Hosting;

/// <summary>The simulated calendar: day 0 is the start date; it only moves forward, a day at a time.</summary>
public sealed class SimulationClock(DateOnly startDate)
{
    private int _day;

    public DateOnly StartDate { get; } = startDate;

    /// <summary>Days since the start date.</summary>
    public int Day => Volatile.Read(ref _day);

    public DateOnly Today => StartDate.AddDays(Day);

    public DateOnly AdvanceDay() => AdvanceDays(1);

    public DateOnly AdvanceDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return StartDate.AddDays(Interlocked.Add(ref _day, days));
    }
}

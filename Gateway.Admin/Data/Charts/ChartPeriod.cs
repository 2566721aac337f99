using Gateway.Core.Time;

namespace Gateway.Admin.Data.Charts;

/// <summary>
/// The days a dashboard chart covers: the last <see cref="Days"/> calendar days in Europe/Amsterdam, today included
/// (the UI's one time rule). A UTC instant falls on the Amsterdam day it has there.
/// </summary>
internal sealed class ChartPeriod
{
    public const int DefaultDays = 30;

    public ChartPeriod(DateTimeOffset now, int days = DefaultDays)
    {
        var today = DateOnly.FromDateTime(AmsterdamTime.ToLocal(now));
        First = today.AddDays(1 - days);
        Days = [.. Enumerable.Range(0, days).Select(First.AddDays)];
        SinceUtc = AmsterdamTime.FromLocal(First.ToDateTime(TimeOnly.MinValue)).UtcDateTime;
    }

    public DateOnly First { get; }

    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>The first instant of the first day, UTC (as the database keeps it).</summary>
    public DateTime SinceUtc { get; }

    /// <summary>The Amsterdam day of a UTC instant (kept without a kind by SQLite).</summary>
    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(AmsterdamTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))));

    /// <summary>Index of a day in <see cref="Days"/>, or -1 when outside.</summary>
    public int IndexOf(DateTime utc) => DayOf(utc).DayNumber - First.DayNumber is var i && i >= 0 && i < Days.Count ? i : -1;

    /// <summary>One value per day from a per-day aggregate of the items that fall in the period; days without items get <paramref name="empty"/>.</summary>
    public double?[] PerDay<T>(IEnumerable<T> items, Func<T, DateTime> at, Func<IReadOnlyList<T>, double?> aggregate, double? empty = 0)
    {
        var buckets = Days.Select(_ => new List<T>()).ToArray();
        foreach (var item in items)
        {
            if (IndexOf(at(item)) is var i and >= 0)
            {
                buckets[i].Add(item);
            }
        }
        return [.. buckets.Select(b => b.Count == 0 ? empty : aggregate(b))];
    }
}

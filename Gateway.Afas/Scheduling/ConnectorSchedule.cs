using NCrontab;

namespace Gateway.Afas.Scheduling;

/// <summary>
/// When a connector is pulled: one or more cron expressions (minute hour day month weekday) read as wall-clock
/// time in Europe/Amsterdam. Across daylight-saving changes a wall-clock time that does not exist (02:30 on the
/// last Sunday of March) is skipped, and one that exists twice (02:30 on the last Sunday of October) runs once,
/// at its first occurrence.
/// </summary>
public sealed class ConnectorSchedule
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private readonly CrontabSchedule[] _expressions;

    public ConnectorSchedule(IEnumerable<string> expressions)
    {
        Expressions = [.. expressions];
        if (Expressions.Count == 0)
        {
            throw new ArgumentException("a schedule needs at least one cron expression", nameof(expressions));
        }
        _expressions = [.. Expressions.Select(Parse)];
    }

    public IReadOnlyList<string> Expressions { get; }

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var localAfter = TimeZoneInfo.ConvertTime(after, Amsterdam).DateTime;
        // Start one hour earlier in wall-clock time so the second pass through a repeated hour is considered too;
        // candidates at or before 'after' are discarded below.
        var cursor = localAfter.AddHours(-1);
        for (var guard = 0; guard < 10_000; guard++)
        {
            var local = _expressions.Min(e => e.GetNextOccurrence(cursor));
            cursor = local;
            if (Amsterdam.IsInvalidTime(local))
            {
                continue;
            }
            var offset = Amsterdam.IsAmbiguousTime(local)
                ? Amsterdam.GetAmbiguousTimeOffsets(local).Max()
                : Amsterdam.GetUtcOffset(local);
            var candidate = new DateTimeOffset(local, offset);
            if (candidate > after)
            {
                return candidate.ToUniversalTime();
            }
        }
        throw new InvalidOperationException("no next occurrence found for " + string.Join("; ", Expressions));
    }

    private static CrontabSchedule Parse(string expression) =>
        CrontabSchedule.TryParse(expression) ?? throw new FormatException($"'{expression}' is not a cron expression (minute hour day month weekday)");
}

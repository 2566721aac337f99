using Cronos;

namespace Gateway.Core.Time;

/// <summary>
/// The one cron and time-zone implementation (Cronos): one or more expressions (minute hour day month weekday) read
/// as wall-clock time in a zone, Europe/Amsterdam unless told. Pulls, the daily uitval mail and receiving imports all
/// schedule through it, so they share one rule for daylight-saving changes (Cronos's): a time the spring change skips
/// (02:30 on the last Sunday of March) runs once, right after the jump (03:00 summer time); a time the autumn change
/// repeats runs once, at its first occurrence — except where the expression repeats within the hour itself
/// (<c>*/5 2 * * *</c>, <c>* * * * *</c>), which keeps running through both passes of that hour.
/// </summary>
public sealed class CronSchedule
{
    private static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(400);
    private readonly CronExpression[] _expressions;

    /// <exception cref="FormatException">An expression is not a five-field cron expression (the message names it).</exception>
    public CronSchedule(IEnumerable<string> expressions, TimeZoneInfo? zone = null)
    {
        Expressions = [.. expressions];
        if (Expressions.Count == 0)
        {
            throw new ArgumentException("a schedule needs at least one cron expression", nameof(expressions));
        }
        Zone = zone ?? AmsterdamTime.Zone;
        _expressions = [.. Expressions.Select(Parse)];
    }

    public IReadOnlyList<string> Expressions { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Whether <paramref name="expression"/> is a five-field cron expression.</summary>
    public static bool IsValid(string expression) => CronExpression.TryParse(expression, CronFormat.Standard, out _);

    /// <summary>The first run strictly after <paramref name="after"/>, as a UTC instant.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        DateTimeOffset? next = null;
        foreach (var expression in _expressions)
        {
            if (expression.GetNextOccurrence(after, Zone, inclusive: false) is { } candidate && (next is null || candidate < next))
            {
                next = candidate;
            }
        }
        return next?.ToUniversalTime() ?? throw new InvalidOperationException("no next occurrence of " + string.Join("; ", Expressions));
    }

    /// <summary>
    /// The latest run due after <paramref name="after"/> and at or before <paramref name="until"/>, or null when none was:
    /// a run missed while the service was down.
    /// </summary>
    public DateTimeOffset? LastDue(DateTimeOffset after, DateTimeOffset until)
    {
        DateTimeOffset? last = null;
        // only the latest counts: a very long downtime need not be walked from its start
        var from = until - after > MaxLookBack ? until - MaxLookBack : after;
        for (var next = Next(from); next <= until; next = Next(next))
        {
            last = next;
        }
        return last;
    }

    private static CronExpression Parse(string expression) =>
        CronExpression.TryParse(expression, CronFormat.Standard, out var parsed)
            ? parsed
            : throw new FormatException($"'{expression}' is not a cron expression (minute hour day month weekday)");
}

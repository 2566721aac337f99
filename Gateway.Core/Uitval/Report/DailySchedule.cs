using System.Globalization;
using Gateway.Core.Time;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Once a day at a wall-clock time in a time zone (the uitval report: 07:00 Europe/Amsterdam), through the gateway's one
/// cron implementation (<see cref="CronSchedule"/>) and so with its rule for daylight-saving changes: a time the spring
/// change skips runs right after the jump (02:30 becomes 03:00 summer time), a time the autumn change repeats runs
/// once, at its first occurrence.
/// </summary>
public sealed class DailySchedule
{
    private readonly CronSchedule _schedule;

    public DailySchedule(TimeOnly time, TimeZoneInfo zone)
    {
        Time = time;
        Zone = zone;
        _schedule = new CronSchedule([string.Create(CultureInfo.InvariantCulture, $"{time.Minute} {time.Hour} * * *")], zone);
    }

    public TimeOnly Time { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The cron schedule behind it (for the console's next run).</summary>
    public CronSchedule Cron => _schedule;

    /// <summary>From <see cref="UitvalReportOptions.Time"/> (<c>HH:mm</c>) and <see cref="UitvalReportOptions.TimeZone"/>.</summary>
    public static DailySchedule From(UitvalReportOptions options)
    {
        if (!TimeOnly.TryParseExact(options.Time, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FormatException($"{UitvalReportOptions.Section}:Time '{options.Time}' is not a time of day (HH:mm)");
        }
        return new DailySchedule(time, ResolveZone(options.TimeZone));
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, as a UTC instant.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after) => _schedule.Next(after);

    /// <summary>The latest occurrence after <paramref name="after"/> up to <paramref name="until"/>, if any (a report missed while down).</summary>
    public DateTimeOffset? LastDue(DateTimeOffset after, DateTimeOffset until) => _schedule.LastDue(after, until);

    /// <summary>The instant of <see cref="Time"/> on a local calendar day.</summary>
    public DateTimeOffset Occurrence(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var start = new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
        return NextAfter(start.AddTicks(-1));
    }
    /// <summary>An IANA time zone; Europe/Amsterdam works even without the system's time zone database.</summary>
    public static TimeZoneInfo ResolveZone(string id)
    {
        if (string.Equals(id, "Europe/Amsterdam", StringComparison.Ordinal))
        {
            return AmsterdamTime.Zone;
        }
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"{UitvalReportOptions.Section}:TimeZone '{id}' is not a known time zone", e);
        }
    }
}

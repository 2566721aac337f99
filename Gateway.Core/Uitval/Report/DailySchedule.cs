using System.Globalization;
using Gateway.Core.Time;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// Once a day at a wall-clock time in a time zone (the uitval report: 07:00 Europe/Amsterdam), across
/// daylight-saving changes: a time skipped in spring is taken as the same time in winter time (02:30 becomes
/// 03:30 summer time), and a time that occurs twice in autumn runs once, at its first occurrence.
/// </summary>
public sealed class DailySchedule
{
    public DailySchedule(TimeOnly time, TimeZoneInfo zone)
    {
        Time = time;
        Zone = zone;
    }

    public TimeOnly Time { get; }

    public TimeZoneInfo Zone { get; }

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
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, Zone).DateTime);
        for (var i = 0; i < 3; i++, day = day.AddDays(1))
        {
            var candidate = Occurrence(day);
            if (candidate > after)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"no occurrence of {Time} in {Zone.Id} after {after:O}");
    }

    /// <summary>The instant of <see cref="Time"/> on a local calendar day.</summary>
    public DateTimeOffset Occurrence(DateOnly day)
    {
        var local = day.ToDateTime(Time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var asStandardTime = new DateTimeOffset(local, Zone.BaseUtcOffset);
            return asStandardTime.ToUniversalTime();
        }
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
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

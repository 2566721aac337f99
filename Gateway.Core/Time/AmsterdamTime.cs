namespace Gateway.Core.Time;

/// <summary>
/// Europe/Amsterdam. AFAS writes local wall-clock times with a misleading "Z"; this turns them into real instants.
/// Uses the system time zone database, or the EU rule (CET/CEST, last Sunday of March/October) when it is missing.
/// </summary>
public static class AmsterdamTime
{
    public static TimeZoneInfo Zone { get; } = Load();

    /// <summary>
    /// The instant of an Amsterdam wall-clock time. A time skipped by the spring change (02:00-03:00) is read as
    /// winter time, so 02:30 becomes 03:30+02:00; a time repeated in autumn is read as its first (summer-time) occurrence.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var asWinterTime = new DateTimeOffset(local, Zone.BaseUtcOffset);
            return asWinterTime.ToOffset(Zone.GetUtcOffset(asWinterTime.UtcDateTime));
        }
        if (Zone.IsAmbiguousTime(local))
        {
            var offsets = Zone.GetAmbiguousTimeOffsets(local);
            return new DateTimeOffset(local, offsets.Max());
        }
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The Amsterdam wall-clock time of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date,
                TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam",
                "CET", "CEST", [rule]);
        }
    }
}

using Gateway.Core.Uitval.Report;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class DailyScheduleTests
{
    private static readonly DailySchedule SevenAm = DailySchedule.From(new UitvalReportOptions());

    [Theory]
    // winter (CET, +01:00)
    [InlineData("2026-01-15T05:00:00Z", "2026-01-15T06:00:00Z")]
    [InlineData("2026-01-15T06:00:00Z", "2026-01-16T06:00:00Z")]
    [InlineData("2026-01-15T06:00:01Z", "2026-01-16T06:00:00Z")]
    [InlineData("2026-01-15T23:30:00Z", "2026-01-16T06:00:00Z")]
    // summer (CEST, +02:00)
    [InlineData("2026-07-01T04:59:59Z", "2026-07-01T05:00:00Z")]
    [InlineData("2026-07-01T06:00:00Z", "2026-07-02T05:00:00Z")]
    // the night clocks go forward (29 March 2026) and back (25 October 2026)
    [InlineData("2026-03-28T06:00:00Z", "2026-03-29T05:00:00Z")]
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29T05:00:00Z")]
    [InlineData("2026-10-24T05:00:00Z", "2026-10-25T06:00:00Z")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25T06:00:00Z")]
    // New Year's Eve across the year
    [InlineData("2026-12-31T06:00:00Z", "2027-01-01T06:00:00Z")]
    public void The_next_report_is_at_seven_in_Amsterdam(string after, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SevenAm.NextAfter(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Across_the_spring_change_the_day_has_23_hours_and_in_autumn_25()
    {
        var saturdayMarch = SevenAm.Occurrence(new DateOnly(2026, 3, 28));
        Assert.Equal(TimeSpan.FromHours(23), SevenAm.NextAfter(saturdayMarch) - saturdayMarch);
        var saturdayOctober = SevenAm.Occurrence(new DateOnly(2026, 10, 24));
        Assert.Equal(TimeSpan.FromHours(25), SevenAm.NextAfter(saturdayOctober) - saturdayOctober);
    }

    [Fact]
    public void Every_occurrence_is_seven_o_clock_local_for_a_whole_year()
    {
        var zone = SevenAm.Zone;
        var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 366; day++)
        {
            instant = SevenAm.NextAfter(instant);
            Assert.Equal(new TimeOnly(7, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));
        }
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_time_skipped_in_spring_runs_right_after_the_jump()
    {
        var halfPastTwo = new DailySchedule(new TimeOnly(2, 30), SevenAm.Zone);
        // 02:30 does not exist on 29 March 2026: it runs at 03:00 summer time, as a pull scheduled then does
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero),
            halfPastTwo.NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_mail_and_the_pulls_follow_one_daylight_saving_rule()
    {
        var mail = new DailySchedule(new TimeOnly(2, 30), SevenAm.Zone);
        var pull = new Gateway.Afas.Scheduling.ConnectorSchedule(["30 2 * * *"]);
        var instant = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 300; day++)
        {
            var next = mail.NextAfter(instant);
            Assert.Equal(next, pull.Next(instant));
            instant = next;
        }
    }

    [Fact]
    public void A_time_repeated_in_autumn_runs_once_at_its_first_occurrence()
    {
        var halfPastTwo = new DailySchedule(new TimeOnly(2, 30), SevenAm.Zone);
        var first = halfPastTwo.NextAfter(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        // the second 02:30 (01:30Z) is skipped: the next run is the following night
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), halfPastTwo.NextAfter(first));
    }

    [Fact]
    public void Time_and_zone_come_from_the_options()
    {
        var schedule = DailySchedule.From(new UitvalReportOptions { Time = "6:45", TimeZone = "Europe/London" });
        Assert.Equal(new TimeOnly(6, 45), schedule.Time);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 5, 45, 0, TimeSpan.Zero),
            schedule.NextAfter(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("7 uur", "Europe/Amsterdam")]
    [InlineData("25:00", "Europe/Amsterdam")]
    public void A_time_that_is_not_a_time_of_day_is_refused(string time, string zone) =>
        Assert.Throws<FormatException>(() => DailySchedule.From(new UitvalReportOptions { Time = time, TimeZone = zone }));

    [Fact]
    public void An_unknown_zone_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => DailySchedule.From(new UitvalReportOptions { TimeZone = "Europe/Atlantis" }));
}

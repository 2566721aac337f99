using System.Globalization;
using Gateway.Afas.Scheduling;

namespace Gateway.Afas.Tests.Scheduling;

public class ConnectorScheduleTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2026-01-15T12:00:00Z", "2026-01-15T20:00:00Z")] // winter: 21:00 CET = 20:00 UTC
    [InlineData("2026-07-15T12:00:00Z", "2026-07-15T19:00:00Z")] // summer: 21:00 CEST = 19:00 UTC
    [InlineData("2026-03-28T20:00:00Z", "2026-03-29T19:00:00Z")] // over the spring change
    [InlineData("2026-10-24T19:00:00Z", "2026-10-25T20:00:00Z")] // over the autumn change
    public void Daily_at_21_local(string after, string expected) =>
        Assert.Equal(Utc(expected), new ConnectorSchedule(DefaultSchedules.For("Newdays_Connect_Werkgevers_v1")).Next(Utc(after)));

    [Fact]
    public void Verzuim_hourly_from_7_to_21_local_time()
    {
        var schedule = new ConnectorSchedule(DefaultSchedules.For("Newdays_Connect_Verzuim_v1"));
        var runs = Runs(schedule, Utc("2026-06-01T00:00:00Z"), Utc("2026-06-02T00:00:00Z"));
        Assert.Equal(15, runs.Count);
        Assert.Equal(Utc("2026-06-01T05:00:00Z"), runs[0]); // 07:00 CEST
        Assert.Equal(Utc("2026-06-01T19:00:00Z"), runs[^1]); // 21:00 CEST
    }

    [Fact]
    public void Iban_every_five_minutes_from_7_to_21()
    {
        var schedule = new ConnectorSchedule(DefaultSchedules.For("Newdays_Connect_Medewerker_IBAN_v1"));
        var runs = Runs(schedule, Utc("2026-01-10T00:00:00Z"), Utc("2026-01-11T00:00:00Z"));
        Assert.Equal((14 * 12) + 1, runs.Count);
        Assert.Equal(Utc("2026-01-10T06:00:00Z"), runs[0]);
        Assert.Equal(Utc("2026-01-10T20:00:00Z"), runs[^1]);
    }

    [Fact]
    public void A_wall_clock_time_that_does_not_exist_runs_right_after_the_jump()
    {
        var schedule = new ConnectorSchedule(["30 2 * * *"]);
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST, so 02:30 does not happen that day: it runs at 03:00 CEST, once.
        Assert.Equal(Utc("2026-03-29T01:00:00Z"), schedule.Next(Utc("2026-03-28T02:00:00Z")));
        Assert.Equal(Utc("2026-03-30T00:30:00Z"), schedule.Next(Utc("2026-03-29T01:00:00Z")));
    }

    [Fact]
    public void A_run_missed_while_down_is_the_latest_due_time_since_the_last_claimed_one()
    {
        var schedule = new ConnectorSchedule(DefaultSchedules.For("Newdays_Connect_Werkgevers_v1"));
        // down from Monday 20:50 to Wednesday 08:00 (winter): Monday's and Tuesday's 21:00 passed; one run, Tuesday's
        Assert.Equal(Utc("2026-01-13T20:00:00Z"), schedule.LastDue(Utc("2026-01-11T20:00:00Z"), Utc("2026-01-14T07:00:00Z")));
        // down from 21:30 to 22:00: nothing was due
        Assert.Null(schedule.LastDue(Utc("2026-01-12T20:00:00Z"), Utc("2026-01-12T21:00:00Z")));
        // a due time exactly at the restart counts as missed
        Assert.Equal(Utc("2026-01-12T20:00:00Z"), schedule.LastDue(Utc("2026-01-11T20:00:00Z"), Utc("2026-01-12T20:00:00Z")));
    }

    [Fact]
    public void A_wall_clock_time_that_happens_twice_runs_once()
    {
        var schedule = new ConnectorSchedule(["30 2 * * *"]);
        // 25 October 2026: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        var runs = Runs(schedule, Utc("2026-10-24T12:00:00Z"), Utc("2026-10-26T12:00:00Z"));
        Assert.Equal([Utc("2026-10-25T00:30:00Z"), Utc("2026-10-26T01:30:00Z")], runs);
    }

    [Fact]
    public void Bad_expressions_are_refused_with_the_expression_named()
    {
        var error = Assert.Throws<FormatException>(() => new ConnectorSchedule(["0 25 * * *"]));
        Assert.Contains("0 25 * * *", error.Message, StringComparison.Ordinal);
    }

    private static List<DateTimeOffset> Runs(ConnectorSchedule schedule, DateTimeOffset from, DateTimeOffset until)
    {
        var runs = new List<DateTimeOffset>();
        for (var next = schedule.Next(from); next < until; next = schedule.Next(next))
        {
            runs.Add(next);
        }
        return runs;
    }
}

using Gateway.Admin.Data.Charts;
using Gateway.Core.Ledger;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;

namespace Gateway.Admin.Tests.Charts;

/// <summary>
/// The dashboard's chart queries on a real (migrated) SQLite database: each counts on Europe/Amsterdam calendar days
/// (an instant at 23:30 UTC in winter is the next day there), the last 30 days with today, nothing before.
/// </summary>
public sealed class ChartQueryTests : IAsyncLifetime
{
    /// <summary>Monday 7 December 2026, 11:00 in Amsterdam (winter time, UTC+1).</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private TempSqliteDatabase _database = null!;

    private ChartSeed Seed => new(_database.Database);

    public async Task InitializeAsync() => _database = await TempSqliteDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public void The_period_is_thirty_amsterdam_days_ending_today_and_starts_at_amsterdam_midnight()
    {
        var period = new ChartPeriod(Now);

        Assert.Equal(30, period.Days.Count);
        Assert.Equal(new DateOnly(2026, 11, 8), period.First);
        Assert.Equal(new DateOnly(2026, 12, 7), period.Days[^1]);
        Assert.Equal(new DateTime(2026, 11, 7, 23, 0, 0), period.SinceUtc);
        Assert.Equal(29, period.IndexOf(new DateTime(2026, 12, 6, 23, 30, 0)));
        Assert.Equal(28, period.IndexOf(new DateTime(2026, 12, 6, 22, 30, 0)));
        Assert.Equal(-1, period.IndexOf(new DateTime(2026, 11, 7, 22, 59, 0)));
    }

    [Fact]
    public async Task Messages_per_day_are_counted_by_state_and_by_type_on_amsterdam_days()
    {
        await Seed.MessageAsync(new DateTime(2026, 12, 6, 23, 30, 0), LedgerState.Delivered);
        await Seed.MessageAsync(new DateTime(2026, 12, 7, 9, 0, 0), LedgerState.Rejected, "Dienstverbanden");
        await Seed.MessageAsync(new DateTime(2026, 12, 6, 22, 30, 0), LedgerState.Delivered);
        await Seed.MessageAsync(new DateTime(2026, 11, 7, 23, 30, 0), LedgerState.Queued, "Dienstverbanden");
        await Seed.MessageAsync(new DateTime(2026, 11, 7, 22, 30, 0), LedgerState.Delivered);

        var (byState, byType) = await new MessagesPerDayQuery(_database.Database).LoadAsync(new ChartPeriod(Now), default);

        Assert.Equal(["Queued", "Delivered", "Rejected"], byState.Series.Select(s => s.Key));
        var delivered = byState.Series.Single(s => s.Key == "Delivered");
        Assert.Equal(1, delivered.Values[29]);
        Assert.Equal(1, delivered.Values[28]);
        Assert.Equal(2, delivered.Total);
        Assert.Equal(1, byState.Series.Single(s => s.Key == "Queued").Values[0]);
        Assert.Equal(1, byState.Series.Single(s => s.Key == "Rejected").Values[29]);
        Assert.Equal(["Dienstverbanden", "Verzuimmeldingen"], byType.Series.Select(s => s.Key));
        Assert.Equal([2d, 2d], byType.Series.Select(s => s.Total));
        Assert.Equal(4, byState.Series.Sum(s => s.Total));
    }

    [Fact]
    public async Task Uitval_is_counted_when_opened_and_when_resolved_or_dismissed()
    {
        await Seed.UitvalAsync(new DateTime(2026, 12, 1, 8, 0, 0));
        await Seed.UitvalAsync(new DateTime(2026, 12, 1, 9, 0, 0), UitvalStatus.Resolved, new DateTime(2026, 12, 6, 23, 30, 0));
        await Seed.UitvalAsync(new DateTime(2026, 10, 1, 9, 0, 0), UitvalStatus.Dismissed, new DateTime(2026, 12, 2, 12, 0, 0));
        await Seed.UitvalAsync(new DateTime(2026, 10, 1, 9, 0, 0), UitvalStatus.Resolved, new DateTime(2026, 10, 2, 12, 0, 0));

        var chart = await new UitvalPerDayQuery(_database.Database).LoadAsync(new ChartPeriod(Now), default);

        var opened = chart.Series.Single(s => s.Key == UitvalPerDayQuery.Opened);
        var closed = chart.Series.Single(s => s.Key == UitvalPerDayQuery.Closed);
        Assert.Equal(2, opened.Values[23]);
        Assert.Equal(2, opened.Total);
        Assert.Equal(1, closed.Values[29]);
        Assert.Equal(1, closed.Values[24]);
        Assert.Equal(2, closed.Total);
    }

    [Fact]
    public async Task Retourmeldingen_give_the_acceptance_rate_and_the_median_turnaround_per_day_and_in_total()
    {
        var answered = new DateTime(2026, 12, 5, 12, 0, 0);
        foreach (var (hours, state) in new[] { (2, LedgerState.Acknowledged), (4, LedgerState.Acknowledged), (6, LedgerState.Acknowledged), (10, LedgerState.Rejected) })
        {
            await Seed.MessageAsync(answered.AddDays(-1), state, deliveredUtc: answered.AddHours(-hours), answeredUtc: answered);
        }
        await Seed.MessageAsync(answered, LedgerState.Rejected, deliveredUtc: answered.AddHours(23), answeredUtc: answered.AddHours(24));
        await Seed.MessageAsync(answered, LedgerState.Delivered, deliveredUtc: answered);

        var trend = await new RetourmeldingTrendQuery(_database.Database).LoadAsync(new ChartPeriod(Now), default);

        var rate = Assert.Single(trend.Rate.Series).Values;
        var turnaround = Assert.Single(trend.Turnaround.Series).Values;
        Assert.Equal(75, rate[27]);
        Assert.Equal(5, turnaround[27]);
        Assert.Equal(0, rate[28]);
        Assert.Equal(1, turnaround[28]);
        Assert.Null(rate[0]);
        Assert.Equal((5, 3, 60d, 4d), (trend.Answered, trend.Acknowledged, trend.RatePercent!.Value, trend.MedianHours!.Value));
    }

    [Fact]
    public async Task Pulls_give_rows_summed_and_the_average_duration_per_connector_and_day_without_running_pulls()
    {
        var day = new DateTime(2026, 12, 6, 8, 0, 0);
        await Seed.PullAsync("Newdays_Connect_Verzuim_v1", day, 20, 10);
        await Seed.PullAsync("Newdays_Connect_Verzuim_v1", day.AddHours(1), 40, 30);
        await Seed.PullAsync("Newdays_Connect_Verzuim_v1", day.AddHours(2), 0, 0, PullStatus.Running);
        await Seed.PullAsync("Newdays_Connect_Werkgevers_v1", day.AddDays(-1), 3, 0, PullStatus.Failed);

        var (rows, seconds) = await new PullTrendQuery(_database.Database).LoadAsync(new ChartPeriod(Now), default);

        Assert.Equal(["demo / Newdays_Connect_Verzuim_v1", "demo / Newdays_Connect_Werkgevers_v1"], rows.Series.Select(s => s.Key));
        Assert.Equal(40, rows.Series[0].Values[28]);
        Assert.Null(rows.Series[0].Values[27]);
        Assert.Equal(30, seconds.Series[0].Values[28]);
        Assert.Equal(0, rows.Series[1].Values[27]);
        Assert.Equal(3, seconds.Series[1].Values[27]);
    }
}

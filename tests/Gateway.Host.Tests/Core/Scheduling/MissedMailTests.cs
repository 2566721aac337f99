using Gateway.Core.Scheduling;
using Gateway.Core.Tests.Uitval.Report;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;

namespace Gateway.Core.Tests.Scheduling;

/// <summary>The 07:00 mail is a scheduled job: a mail missed while down goes out once at start, and two nodes send it once.</summary>
[Collection(PostgresGroup.Name)]
public sealed class MissedMailTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset SaturdaySeven = new(2026, 3, 28, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SundaySeven = new(2026, 3, 29, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondaySeven = new(2026, 3, 30, 5, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_mail_missed_while_the_service_was_down_goes_out_once_at_start_recorded_as_a_catch_up(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        // Saturday's mail went out; the service was down from Saturday evening until Sunday 10:00
        var clock = new ManualTimeProvider(SundaySeven.AddHours(3));
        var jobs = new ScheduledJobStore(db.Database, clock);
        Assert.True(await jobs.ClaimAsync(UitvalReportService.JobName, SaturdaySeven, timeout.Token));
        var source = new UitvalReportServiceTests.RecordingSource();
        var sender = new UitvalReportServiceTests.FailingOnceSender { Failures = 0 };
        using var service = UitvalReportServiceTests.Service(clock, source, ReportSamples.Options(), sender, jobs);

        await service.StartAsync(timeout.Token);
        await clock.WaitForTimerAsync(at => at == MondaySeven, timeout.Token);

        Assert.Equal([SundaySeven], source.Requests);
        Assert.Equal(["arbo-noord", "arbo-noord", "arbo-zuid"], sender.Accounts);
        var job = Assert.Single(await jobs.ListAsync(timeout.Token));
        Assert.Equal((SundaySeven.UtcDateTime, true), (job.LastDueUtc, job.LastWasCatchUp));
        Assert.StartsWith("sent; caught up", job.LastOutcome, StringComparison.Ordinal);
        await service.StopAsync(timeout.Token);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Two_nodes_on_one_database_send_each_days_mail_once(string provider)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var source = new UitvalReportServiceTests.RecordingSource();
        var sender = new UitvalReportServiceTests.FailingOnceSender { Failures = 0 };
        var clocks = new[] { new ManualTimeProvider(SaturdaySeven.AddHours(1)), new ManualTimeProvider(SaturdaySeven.AddHours(1)) };
        var nodes = clocks.Select(c => UitvalReportServiceTests.Service(c, source, ReportSamples.Options(), sender, new ScheduledJobStore(db.Database, c))).ToList();

        foreach (var (node, clock) in nodes.Zip(clocks))
        {
            await node.StartAsync(timeout.Token);
            await clock.WaitForTimerAsync(at => at == SundaySeven, timeout.Token);
        }
        await Task.WhenAll(clocks.Select(c => Task.Run(() => c.AdvanceTo(SundaySeven), timeout.Token)));
        foreach (var clock in clocks)
        {
            await clock.WaitForTimerAsync(at => at == MondaySeven, timeout.Token);
        }

        Assert.Equal([SundaySeven], source.Requests);
        Assert.Equal(["arbo-noord", "arbo-noord", "arbo-zuid"], sender.Accounts);
        foreach (var node in nodes)
        {
            await node.StopAsync(timeout.Token);
            node.Dispose();
        }
    }
}

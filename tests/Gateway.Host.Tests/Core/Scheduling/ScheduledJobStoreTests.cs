using Gateway.Core.Scheduling;
using Gateway.Core.Time;
using Gateway.Host.Tests.Support;

namespace Gateway.Core.Tests.Scheduling;

/// <summary>Scheduled jobs' progress is in the database: each due time is claimed by one node, and a run missed while down is found.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ScheduledJobStoreTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Monday21 = new(2026, 1, 12, 20, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_due_time_is_claimed_by_one_of_many_nodes_claiming_at_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var nodes = Enumerable.Range(0, 6).Select(_ => new ScheduledJobStore(db.Database, new ManualTimeProvider(Monday21))).ToList();

        var claims = await Task.WhenAll(nodes.Select(n => n.ClaimAsync("pull:acme:Werkgevers:Full", Monday21, default)));
        var again = await nodes[0].ClaimAsync("pull:acme:Werkgevers:Full", Monday21, default);
        var earlier = await nodes[1].ClaimAsync("pull:acme:Werkgevers:Full", Monday21.AddDays(-1), default);
        var next = await nodes[2].ClaimAsync("pull:acme:Werkgevers:Full", Monday21.AddDays(1), default);

        Assert.Single(claims, c => c);
        Assert.False(again);
        Assert.False(earlier);
        Assert.True(next);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_first_start_catches_up_nothing_and_a_later_start_finds_the_run_missed_while_down(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var clock = new ManualTimeProvider(Monday21.AddMinutes(-30));
        var store = new ScheduledJobStore(db.Database, clock);
        var schedule = new CronSchedule(["0 21 * * *"]);

        Assert.Null(await store.MissedAsync("mail", schedule.LastDue, default));
        // the service ran until 20:50 and starts again on Tuesday at 08:00: Monday's 21:00 was missed
        clock.AdvanceTo(Monday21.AddHours(11));
        Assert.Equal(Monday21, await store.MissedAsync("mail", schedule.LastDue, default));
        Assert.True(await store.ClaimAsync("mail", Monday21, default));
        await store.RecordAsync("mail", "sent", catchUp: true, default);
        // once claimed, it is no longer missed
        Assert.Null(await store.MissedAsync("mail", schedule.LastDue, default));
        var job = Assert.Single(await store.ListAsync(default));
        Assert.Equal(("mail", "sent", true), (job.Name, job.LastOutcome, job.LastWasCatchUp));
        Assert.Equal(Monday21.UtcDateTime, job.LastDueUtc);
    }
}

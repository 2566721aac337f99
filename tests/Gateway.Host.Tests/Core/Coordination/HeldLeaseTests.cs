using Gateway.Core.Coordination;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Coordination;

/// <summary>
/// A held lease: one holder at a time, released on dispose, renewed by its heartbeat every third of its duration (and
/// by <c>KeepAsync</c> when the heartbeat is late), and reported lost once another took it after it expired.
/// </summary>
public sealed class HeldLeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task One_holder_at_a_time_and_disposing_releases_it()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var store = new LeaseStore(database.Database, new ManualTimeProvider(Start));

        var first = await store.TryHoldAsync("convert:arbo", Duration, default);
        Assert.NotNull(first);
        Assert.Null(await store.TryHoldAsync("convert:arbo", Duration, default));
        await using (var other = await store.TryHoldAsync("convert:other", Duration, default))
        {
            Assert.NotNull(other);
        }
        await first.DisposeAsync();

        await using var again = await store.TryHoldAsync("convert:arbo", Duration, default);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Keep_says_whether_the_lease_is_still_ours_and_reports_one_another_took_after_it_expired()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var clock = new ManualTimeProvider(Start);
        var store = new LeaseStore(database.Database, clock);
        await using var lease = (await store.TryHoldAsync("deliver:arbo", Duration, default))!;

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await lease.KeepAsync(default));
        Assert.Equal((Start + Duration).UtcDateTime, await ExpiresAsync(database, "deliver:arbo")); // within a third: no write

        // the holder could not renew (its database connection hung): the lease expired and another node took it
        await ExpireAsync(database, "deliver:arbo");
        await using var taker = await store.TryHoldAsync("deliver:arbo", Duration, default);

        Assert.NotNull(taker);
        clock.Advance(Duration / 3); // the next renewal finds it gone
        Assert.False(await lease.KeepAsync(default));
        Assert.True(await taker.KeepAsync(default)); // and the old holder did not take it back
    }

    [Fact]
    public async Task The_heartbeat_extends_the_lease_every_third_of_its_duration_and_disposing_releases_it()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var clock = new ManualTimeProvider(Start);
        var store = new LeaseStore(database.Database, clock);
        var lease = (await store.TryHoldAsync("pull:demo:x", Duration, default))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        for (var tick = 1; tick <= 4; tick++)
        {
            await clock.WaitForTimerAsync(at => at == Start + Duration / 3 * tick, timeout.Token);
            clock.Advance(Duration / 3);
            var expected = (Start + Duration / 3 * tick + Duration).UtcDateTime;
            while (await ExpiresAsync(database, "pull:demo:x") != expected)
            {
                await Task.Delay(20, timeout.Token);
            }
        }
        Assert.Null(await store.TryHoldAsync("pull:demo:x", Duration, default)); // past the first expiry, still held
        await lease.DisposeAsync();

        await using var next = await store.TryHoldAsync("pull:demo:x", Duration, default);
        Assert.NotNull(next);
    }

    private static async Task ExpireAsync(TempSqliteDatabase database, string name)
    {
        await using var context = database.Database.CreateContext();
        await context.Leases.Where(l => l.Name == name).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresUtc, DateTime.MinValue));
    }

    private static async Task<DateTime> ExpiresAsync(TempSqliteDatabase database, string name)
    {
        await using var context = database.Database.CreateContext();
        return await context.Leases.Where(l => l.Name == name).Select(l => l.ExpiresUtc).SingleAsync();
    }
}

using System.Diagnostics;
using Gateway.Core.Coordination;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Coordination;

/// <summary>
/// Every lease names the process that holds it. A lease left by a dead process of this node is taken over at once
/// (and released wholesale at service start); one of a live process, of another node, or of an older record without a
/// holder process waits for its expiry — which is seconds away by default, as the holder's heartbeat renews it.
/// </summary>
public sealed class LeaseTakeoverTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_lease_of_a_dead_process_of_this_node_is_taken_at_once_and_one_of_a_live_process_is_not()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var store = new LeaseStore(database.Database, new ManualTimeProvider(Start));
        using var other = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        await AddLeaseAsync(database, "convert:arbo", ProcessIdentity.Of(other.Id)!);

        Assert.Null(await store.TryHoldAsync("convert:arbo", LeaseStore.DefaultDuration, default)); // alive: its lease holds
        other.Kill();
        await other.WaitForExitAsync();
        await using var taken = await store.TryHoldAsync("convert:arbo", LeaseStore.DefaultDuration, default);

        Assert.NotNull(taken);
        var lease = await LeaseAsync(database, "convert:arbo");
        Assert.Equal((ProcessIdentity.Current.Node, ProcessIdentity.Current.Process), (lease.Node, lease.Process));
    }

    [Fact]
    public async Task Leases_of_other_nodes_and_of_unknown_processes_wait_for_their_expiry_which_is_seconds_away_by_default()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var clock = new ManualTimeProvider(Start);
        var store = new LeaseStore(database.Database, clock);
        var dead = await DeadProcessAsync();
        await AddLeaseAsync(database, "deliver:arbo", dead with { Node = "other-node" }, Start + LeaseStore.DefaultDuration);
        await AddLeaseAsync(database, "receive:acme", new ProcessIdentity(ProcessIdentity.Current.Node, "written-before-processes-were-recorded"), Start + LeaseStore.DefaultDuration);

        Assert.Null(await store.TryHoldAsync("deliver:arbo", LeaseStore.DefaultDuration, default));
        Assert.Null(await store.TryHoldAsync("receive:acme", LeaseStore.DefaultDuration, default));
        Assert.Empty(await store.ReleaseLeftByDeadAsync(default));
        clock.Advance(LeaseStore.DefaultDuration + TimeSpan.FromMilliseconds(1));

        Assert.True(LeaseStore.DefaultDuration <= TimeSpan.FromSeconds(15));
        await using var deliver = await store.TryHoldAsync("deliver:arbo", LeaseStore.DefaultDuration, default);
        await using var receive = await store.TryHoldAsync("receive:acme", LeaseStore.DefaultDuration, default);
        Assert.NotNull(deliver);
        Assert.NotNull(receive);
    }

    [Fact]
    public async Task At_start_every_lease_a_dead_process_of_this_node_left_is_released_and_the_others_stay()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        var store = new LeaseStore(database.Database, new ManualTimeProvider(Start));
        var dead = await DeadProcessAsync();
        await AddLeaseAsync(database, "pull:afas:Newdays_Connect_Organigram_v1", dead);
        await AddLeaseAsync(database, "convert:arbo", dead);
        await AddLeaseAsync(database, "deliver:other", dead with { Node = "other-node" });
        await using var mine = await store.TryHoldAsync("deliver:arbo", LeaseStore.DefaultDuration, default);

        var released = await store.ReleaseLeftByDeadAsync(default);

        Assert.Equal(["convert:arbo", "pull:afas:Newdays_Connect_Organigram_v1"], released.Order(StringComparer.Ordinal));
        await using var context = database.Database.CreateContext();
        Assert.Equal(["deliver:arbo", "deliver:other"], await context.Leases.OrderBy(l => l.Name).Select(l => l.Name).ToListAsync());
    }

    /// <summary>The identity of a process of this node that has ended.</summary>
    private static async Task<ProcessIdentity> DeadProcessAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        var identity = ProcessIdentity.Of(process.Id)!;
        process.Kill();
        await process.WaitForExitAsync();
        return identity;
    }

    private static async Task AddLeaseAsync(TempSqliteDatabase database, string name, ProcessIdentity holder, DateTimeOffset? expires = null)
    {
        await using var context = database.Database.CreateContext();
        context.Leases.Add(new Lease
        {
            Name = name,
            Holder = $"{holder.Node}:{Guid.NewGuid():N}",
            ExpiresUtc = (expires ?? Start + TimeSpan.FromMinutes(10)).UtcDateTime,
            Node = holder.Node,
            Process = holder.Process,
        });
        await context.SaveChangesAsync();
    }

    private static async Task<Lease> LeaseAsync(TempSqliteDatabase database, string name)
    {
        await using var context = database.Database.CreateContext();
        return await context.Leases.AsNoTracking().SingleAsync(l => l.Name == name);
    }
}

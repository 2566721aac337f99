using Gateway.Core.Ledger;
using Gateway.Outbound.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>Delivery over several sessions of one account: each case goes over one session, in order; nothing is delivered twice.</summary>
public sealed class ParallelSessionsTests
{
    [Fact]
    public async Task Cases_are_spread_over_the_sessions_each_in_its_own_order_and_a_failed_case_holds_only_itself()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        var cases = new[] { "A", "B", "C", "D", "E", "F", "G" };
        foreach (var sequence in Enumerable.Range(1, 4))
        {
            foreach (var caseKey in cases)
            {
                await ledger.AddAsync("arbo", caseKey, sequence);
            }
        }
        var sessions = Enumerable.Range(0, 3).Select(_ => new ScriptedTarget(ledger.Target())).ToList();
        foreach (var session in sessions)
        {
            session.PermanentFailures.Add(LedgerFixture.FileName("C", 2));
        }

        var delivered = await ledger.Dispatcher.RunOnceAsync("arbo", sessions, default);

        Assert.Equal((cases.Length * 4) - 3, delivered);
        Assert.All(sessions, s => Assert.NotEmpty(s.Order));
        foreach (var caseKey in cases)
        {
            var carrying = sessions.Where(s => s.Order.Any(f => f.StartsWith($"VZ_{caseKey}-", StringComparison.Ordinal))).ToList();
            var files = Assert.Single(carrying).Order.Where(f => f.StartsWith($"VZ_{caseKey}-", StringComparison.Ordinal)).ToList();
            var expected = caseKey == "C" ? 1 : 4;
            Assert.Equal(Enumerable.Range(1, expected).Select(n => LedgerFixture.FileName(caseKey, n)), files);
        }
        Assert.Equal(delivered, ledger.Delivered().Length);
        await using var context = ledger.Database.CreateContext();
        var states = await context.LedgerMessages.Select(m => new { m.Berrefnr, m.State }).ToListAsync();
        Assert.Equal(LedgerState.Failed, states.Single(s => s.Berrefnr == "C-002").State);
        Assert.All(states.Where(s => s.Berrefnr is "C-003" or "C-004"), s => Assert.Equal(LedgerState.Queued, s.State));
        Assert.Equal(delivered, states.Count(s => s.State == LedgerState.Delivered));

        // a second run finds nothing more to deliver: the failed case waits for an admin
        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", sessions, default));
        Assert.Equal(delivered, sessions.Sum(s => s.Order.Count));
        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unreachable_partner_on_one_session_stops_the_run_and_leaves_the_rest_queued()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        foreach (var caseKey in new[] { "A", "B", "C", "D" })
        {
            await ledger.AddAsync("arbo", caseKey, 1);
            await ledger.AddAsync("arbo", caseKey, 2);
        }
        await using var reachable = new ScriptedTarget(ledger.Target());
        await using var refused = new ScriptedTarget(ledger.Target()) { Unreachable = true };

        var delivered = await ledger.Dispatcher.RunOnceAsync("arbo", [reachable, refused], default);

        Assert.Equal(1, refused.Attempts);
        Assert.Equal(reachable.Order.Count, delivered);
        Assert.Equal(delivered, ledger.Delivered().Length);
        await using var context = ledger.Database.CreateContext();
        Assert.Equal(8 - delivered, await context.LedgerMessages.CountAsync(m => m.State == LedgerState.Queued));
        Assert.Equal(0, await context.LedgerMessages.CountAsync(m => m.State == LedgerState.Failed));
        Assert.NotNull(await ledger.Outages.FindAsync("arbo", default));
    }
}

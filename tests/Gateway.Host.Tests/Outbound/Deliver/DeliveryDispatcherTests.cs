using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Uitval;
using Gateway.Outbound.Tests.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>Delivery keeps the order per case, isolates a failing case, retries transient faults and never delivers twice.</summary>
public sealed class DeliveryDispatcherTests
{
    [Fact]
    public async Task Messages_go_out_in_creation_order_per_case_and_a_failed_one_holds_only_its_own_case()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        foreach (var sequence in Enumerable.Range(1, 3))
        {
            await ledger.AddAsync("arbo", "A", sequence);
            await ledger.AddAsync("arbo", "B", sequence);
        }
        await using var target = new ScriptedTarget(ledger.Target());
        target.PermanentFailures.Add(LedgerFixture.FileName("B", 2));

        var delivered = await ledger.Dispatcher.RunOnceAsync("arbo", target, default);

        Assert.Equal(4, delivered);
        Assert.Equal(["VZ_A-001.xml", "VZ_B-001.xml", "VZ_A-002.xml", "VZ_A-003.xml"], target.Order);
        await using var context = ledger.Database.CreateContext();
        var states = await context.LedgerMessages.OrderBy(m => m.Id).Select(m => new { m.Berrefnr, m.State }).ToListAsync();
        Assert.Equal(LedgerState.Failed, states.Single(s => s.Berrefnr == "B-002").State);
        Assert.Equal(LedgerState.Queued, states.Single(s => s.Berrefnr == "B-003").State);
        var uitval = await context.Uitval.SingleAsync();
        Assert.Equal((UitvalStage.Delivery, "B"), (uitval.Stage, uitval.RecordKey));
    }

    [Fact]
    public async Task Transient_failures_are_retried_and_the_case_waits_meanwhile()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "A", 2);
        await using var target = new ScriptedTarget(ledger.Target());
        target.TransientFailures[LedgerFixture.FileName("A", 1)] = 2;

        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
        Assert.Empty(ledger.Delivered());
        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
        Assert.Equal(2, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));

        Assert.Equal(["VZ_A-001.xml", "VZ_A-002.xml"], target.Order);
        await using var context = ledger.Database.CreateContext();
        Assert.Equal(3, (await context.LedgerMessages.SingleAsync(m => m.Berrefnr == "A-001")).Attempts);
    }

    [Fact]
    public async Task A_delivery_repeated_after_a_crash_finds_the_file_and_does_not_make_a_second_copy()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        await using (var context = ledger.Database.CreateContext())
        {
            // the process uploaded the file and died before recording it
            var message = await context.LedgerMessages.SingleAsync();
            await ledger.Target().DeliverAsync(message.FileName, BodyCompression.Decompress(message.Body, message.BodyLength), default);
        }

        Assert.Equal(1, await ledger.Dispatcher.RunOnceAsync("arbo", ledger.Target(), default));

        Assert.Equal(["VZ_A-001.xml"], ledger.Delivered());
        await using var check = ledger.Database.CreateContext();
        Assert.Equal(LedgerState.Delivered, (await check.LedgerMessages.SingleAsync()).State);
        Assert.Equal(2, await check.OutboxEvents.CountAsync());
    }

    [Fact]
    public async Task A_blocked_account_holds_its_messages_until_a_restart_processes_them_in_order()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        var control = new AccountControl(ledger.Database, TimeProvider.System);
        await ledger.AddAsync("arbo", "A", 1);
        await control.BlockAsync("arbo", "fb", "onboarding", default);
        await ledger.AddAsync("arbo", "A", 2);
        await ledger.AddAsync("arbo", "B", 1);

        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", ledger.Target(), default));
        var blocked = await control.StatusAsync("arbo", default);
        Assert.True(blocked.Blocked);
        Assert.Equal(3, blocked.Held);

        Assert.Equal(3, await control.RestartAsync("arbo", PendingChoice.Process, "fb", null, default));
        await using var target = new ScriptedTarget(ledger.Target());
        Assert.Equal(3, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
        Assert.Equal(["VZ_A-001.xml", "VZ_A-002.xml", "VZ_B-001.xml"], target.Order);
        await using var context = ledger.Database.CreateContext();
        Assert.Equal(["account.block", "account.restart.process"], await context.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task A_restart_that_discards_records_every_discarded_message_in_the_audit_log()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        var control = new AccountControl(ledger.Database, TimeProvider.System);
        await control.BlockAsync("arbo", "fb", null, default);
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "A", 2);
        await ledger.AddAsync("other", "C", 1);

        Assert.Equal(2, await control.RestartAsync("arbo", PendingChoice.Discard, "fb", "test data", default));

        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", ledger.Target(), default));
        await using var context = ledger.Database.CreateContext();
        Assert.All(await context.LedgerMessages.Where(m => m.Account == "arbo").ToListAsync(), m => Assert.Equal(LedgerState.Discarded, m.State));
        Assert.Equal(LedgerState.Queued, (await context.LedgerMessages.SingleAsync(m => m.Account == "other")).State);
        var discards = await context.AuditLog.Where(a => a.Action == "message.discard").Select(a => a.Target).OrderBy(t => t).ToListAsync();
        Assert.Equal(["arbo/A-001", "arbo/A-002"], discards);
    }
}

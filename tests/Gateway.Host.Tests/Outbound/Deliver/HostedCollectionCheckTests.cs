using Gateway.Outbound.Deliver;
using Gateway.Outbound.Tests.Ledger;
using Gateway.Transport.Delivery;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>A hosted account's message counts as collected once the partner removed it from its outbox.</summary>
public sealed class HostedCollectionCheckTests
{
    [Fact]
    public async Task A_file_the_partner_removed_is_recorded_as_collected_and_the_others_are_not()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "B", 1);
        await ledger.AddAsync("arbo", "C", 1);
        await using (var target = ledger.Target())
        {
            Assert.Equal(2, await ledger.Dispatcher.RunOnceAsync("arbo", new LimitedTarget(target, 2), default));
        }
        var check = new HostedCollectionCheck(ledger.Database, TimeProvider.System);
        Assert.Equal(0, await check.RunOnceAsync("arbo", ledger.Receiver, default));

        File.Delete(Path.Combine(ledger.Receiver, LedgerFixture.FileName("A", 1)));

        Assert.Equal(1, await check.RunOnceAsync("arbo", ledger.Receiver, default));
        Assert.Equal(0, await check.RunOnceAsync("arbo", ledger.Receiver, default));
        await using var context = ledger.Database.CreateContext();
        var collected = await context.LedgerMessages.Where(m => m.CollectedUtc != null).Select(m => m.Berrefnr).ToListAsync();
        Assert.Equal(["A-001"], collected);
    }

    /// <summary>Delivers the first <paramref name="limit"/> files, then refuses (so one message stays undelivered).</summary>
    private sealed class LimitedTarget(IDeliveryTarget inner, int limit) : IDeliveryTarget
    {
        private int _count;

        public Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
            ++_count > limit ? throw new DeliveryFailureException("receiver full", transient: false) : inner.DeliverAsync(fileName, content, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using Gateway.Contracts;
using Gateway.Core.Outbox;
using Gateway.Core.Tests.Bus;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Outbox;

/// <summary>
/// The outbox publisher sends every pending event on the bus (more than one delete group's worth, in a run of more
/// than one call) and removes exactly the published ones; events written later stay for the next call.
/// </summary>
public sealed class OutboxPublisherTests
{
    [Fact]
    public async Task Publishes_every_pending_event_once_and_empties_the_outbox()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        await using var bus = await BusTestHost.StartAsync(BusTestHost.Settings("InMemory", new RabbitMqServer(), "outbox-" + Guid.NewGuid().ToString("N")[..8]), default);
        var ids = Enumerable.Range(0, 730).Select(_ => Guid.NewGuid()).ToList();
        await AddAsync(database, ids);
        var publisher = new OutboxPublisher(database.Database, bus.Publisher);

        Assert.Equal(500, await publisher.PublishPendingAsync(default));
        Assert.Equal(230, await PendingAsync(database));
        var later = Guid.NewGuid();
        await AddAsync(database, [later]);
        Assert.Equal(231, await publisher.PublishPendingAsync(default));
        Assert.Equal(0, await publisher.PublishPendingAsync(default));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (bus.Inbox.All<SiviMessageDelivered>().Count < ids.Count + 1)
        {
            await Task.Delay(50, timeout.Token);
        }
        var received = bus.Inbox.All<SiviMessageDelivered>().Select(m => m.MessageId).ToList();
        Assert.Equal(ids.Append(later).Order(), received.Order());
        Assert.Equal(0, await PendingAsync(database));
    }

    [Fact]
    public async Task Every_contract_the_stages_write_to_the_outbox_is_published()
    {
        await using var database = await TempSqliteDatabase.CreateAsync();
        await using var bus = await BusTestHost.StartAsync(BusTestHost.Settings("InMemory", new RabbitMqServer(), "outbox-" + Guid.NewGuid().ToString("N")[..8]), default);
        object[] events =
        [
            new SiviMessageValidated(Guid.NewGuid(), "arbo", "Verzuimmeldingen", "2025", "arbo|V-1"),
            new SiviMessageDelivered(Guid.NewGuid(), "arbo", DateTimeOffset.UtcNow, "VZ_1.xml"),
            new RetourmeldingReceived(Guid.NewGuid(), "arbo", "B-1", true, 0),
            new SiviMessageReceived("acme", "VZ_1.xml", "Verzuimmeldingen", "2025", "B-2", "<Verzuimmeldingen/>", [], DateTimeOffset.UtcNow),
            new IncomingItemReceived(1, "arbo", "Document", "B-3", "D-1", "1001", null, "pdf", 638),
            new DossierItemDelivered(1, "arbo", "Document", "10001"),
        ];
        // a contract added later without a case in the publisher would stop the outbox at its first event
        Assert.Equal(typeof(SiviMessageValidated).Assembly.GetExportedTypes().Where(t => t.Name != nameof(ReceivedAbsenceCase)).Select(t => t.Name).Order(),
            events.Select(e => e.GetType().Name).Order());
        await using (var context = database.Database.CreateContext())
        {
            foreach (var item in events)
            {
                typeof(OutboxWriter).GetMethod(nameof(OutboxWriter.Add))!.MakeGenericMethod(item.GetType()).Invoke(null, [context, item, DateTime.UtcNow]);
            }
            await context.SaveChangesAsync();
        }

        Assert.Equal(events.Length, await new OutboxPublisher(database.Database, bus.Publisher).PublishPendingAsync(default));

        Assert.Equal(0, await PendingAsync(database));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(events[4], await bus.Inbox.WaitForAsync<IncomingItemReceived>(_ => true, timeout.Token));
        Assert.Equal(events[5], await bus.Inbox.WaitForAsync<DossierItemDelivered>(_ => true, timeout.Token));
    }

    private static async Task AddAsync(TempSqliteDatabase database, IEnumerable<Guid> ids)
    {
        await using var context = database.Database.CreateContext();
        foreach (var id in ids)
        {
            OutboxWriter.Add(context, new SiviMessageDelivered(id, "arbo", DateTimeOffset.UtcNow, $"VZ_{id:N}.xml"), DateTime.UtcNow);
        }
        await context.SaveChangesAsync();
    }

    private static async Task<int> PendingAsync(TempSqliteDatabase database)
    {
        await using var context = database.Database.CreateContext();
        return await context.OutboxEvents.CountAsync();
    }
}

using Gateway.Contracts;
using Gateway.Core.Configuration;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Tests.Bus;
using Gateway.Host.Hosting;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Tests.ScaleOut;

/// <summary>Two nodes' outbox workers on one PostgreSQL database publish under the 'outbox' lease: every event goes out once, not once per node.</summary>
[Collection(PostgresGroup.Name)]
public sealed class OutboxLeaseTests(PostgresServer postgres)
{
    [RequiresPostgresFact]
    public async Task Two_nodes_publishing_one_outbox_publish_every_event_exactly_once()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var database = await postgres.CreateDatabaseAsync();
        await using var bus = await BusTestHost.StartAsync(BusTestHost.Settings("InMemory", new RabbitMqServer(), "lease-" + Guid.NewGuid().ToString("N")[..8]), timeout.Token);
        var ids = Enumerable.Range(0, 1200).Select(_ => Guid.NewGuid()).ToList();
        await using (var context = database.CreateContext())
        {
            foreach (var id in ids)
            {
                OutboxWriter.Add(context, new SiviMessageDelivered(id, "arbo", DateTimeOffset.UtcNow, $"VZ_{id:N}.xml"), DateTime.UtcNow);
            }
            await context.SaveChangesAsync(timeout.Token);
        }
        var nodes = Enumerable.Range(0, 2).Select(_ => Node(database, bus)).ToList();

        foreach (var (worker, _) in nodes)
        {
            await worker.StartAsync(timeout.Token);
        }
        while (await PendingAsync(database) > 0 || bus.Inbox.All<SiviMessageDelivered>().Count < ids.Count)
        {
            await Task.Delay(50, timeout.Token);
        }
        foreach (var (worker, services) in nodes)
        {
            await worker.StopAsync(timeout.Token);
            worker.Dispose();
            await services.DisposeAsync();
        }

        var received = bus.Inbox.All<SiviMessageDelivered>().Select(m => m.MessageId).ToList();
        Assert.Equal(ids.Order(), received.Order());
    }

    private static (OutboxWorker Worker, ServiceProvider Services) Node(GatewayDatabase database, BusTestHost bus)
    {
        var services = new ServiceCollection()
            .AddSingleton(database)
            .AddSingleton(bus.Publisher)
            .AddScoped(p => new OutboxPublisher(p.GetRequiredService<GatewayDatabase>(), p.GetRequiredService<MassTransit.IPublishEndpoint>()))
            .BuildServiceProvider();
        var worker = new OutboxWorker(services.GetRequiredService<IServiceScopeFactory>(), database, new GatewayHostOptions { PollInterval = TimeSpan.FromMilliseconds(20) },
            TimeProvider.System, new Gateway.Host.Health.WorkerHeartbeats(TimeProvider.System), NullLogger<OutboxWorker>.Instance);
        return (worker, services);
    }

    private static async Task<int> PendingAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.OutboxEvents.CountAsync();
    }
}

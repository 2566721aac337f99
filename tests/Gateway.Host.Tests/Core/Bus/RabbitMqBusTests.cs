using Gateway.Core.Bus;
using Gateway.Host.Tests.Support;
using MassTransit;

namespace Gateway.Core.Tests.Bus;

/// <summary>What only a real broker shows: the faulted message is kept in the endpoint's error queue.</summary>
[Collection(RabbitMqGroup.Name)]
public sealed class RabbitMqBusTests(RabbitMqServer rabbit)
{
    [RequiresRabbitMqFact]
    public async Task A_message_that_faulted_for_good_waits_in_the_error_queue_of_its_endpoint()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var prefix = GatewayBusTests.UniquePrefix();
        await using var host = await BusTestHost.StartAsync(BusTestHost.Settings(nameof(BusTransport.RabbitMq), rabbit, prefix), timeout.Token);
        var id = Guid.NewGuid();

        await host.Publisher.Publish(new DoomedWork(id, Transient: false), timeout.Token);
        await host.Inbox.WaitForAsync<Fault<DoomedWork>>(f => f.Message.Id == id, timeout.Token);

        var depths = await rabbit.QueueDepthsAsync();
        Assert.Equal(1, depths[$"{prefix}-doomed-work_error"]);
        Assert.Equal(0, depths[$"{prefix}-doomed-work"]);
    }
}

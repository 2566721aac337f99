using System.Globalization;
using Gateway.Core.Bus;
using Gateway.Host.Tests.Support;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Core.Tests.Bus;

/// <summary>A started generic host with the gateway bus on one transport and the test consumers.</summary>
public sealed class BusTestHost : IAsyncDisposable
{
    public const int RetryLimit = 3;

    private readonly IHost _host;

    private BusTestHost(IHost host) => _host = host;

    public MessageInbox Inbox => _host.Services.GetRequiredService<MessageInbox>();

    public IPublishEndpoint Publisher => _host.Services.GetRequiredService<IPublishEndpoint>();

    public static TheoryData<string> Transports()
    {
        var data = new TheoryData<string> { nameof(BusTransport.InMemory) };
        if (RabbitMqServer.UnavailableReason is null)
        {
            data.Add(nameof(BusTransport.RabbitMq));
        }
        return data;
    }

    /// <summary>Configuration as an operator would write it, for <paramref name="transport"/>.</summary>
    public static Dictionary<string, string?> Settings(string transport, RabbitMqServer rabbit, string endpointPrefix)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Bus:Transport"] = transport,
            ["Gateway:Bus:EndpointPrefix"] = endpointPrefix,
            ["Gateway:Bus:Retry:Limit"] = RetryLimit.ToString(CultureInfo.InvariantCulture),
            ["Gateway:Bus:Retry:MinInterval"] = "00:00:00.010",
            ["Gateway:Bus:Retry:MaxInterval"] = "00:00:00.200",
            ["Gateway:Bus:Retry:IntervalDelta"] = "00:00:00.020",
        };
        if (transport == nameof(BusTransport.RabbitMq))
        {
            settings["Gateway:Bus:RabbitMq:Host"] = rabbit.Host;
            settings["Gateway:Bus:RabbitMq:Port"] = rabbit.Port.ToString(CultureInfo.InvariantCulture);
            settings["Gateway:Bus:RabbitMq:VirtualHost"] = rabbit.VirtualHost;
            settings["Gateway:Bus:RabbitMq:Username"] = rabbit.Username;
            settings["Gateway:Bus:RabbitMq:Password"] = rabbit.Password;
        }
        return settings;
    }

    public static async Task<BusTestHost> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<MessageInbox>();
        builder.Services.AddGatewayBus(builder.Configuration, bus =>
        {
            bus.AddConsumer<GatewayEventsConsumer>();
            bus.AddConsumer<FlakyWorkConsumer>();
            bus.AddConsumer<DoomedWorkConsumer>();
            bus.AddConsumer<DoomedWorkFaultConsumer>();
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new BusTestHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}

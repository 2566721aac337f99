using Gateway.Contracts;
using Gateway.Core.Bus;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Core.Tests.Bus;

public sealed class BusOptionsTests
{
    [Fact]
    public void Without_a_bus_section_the_in_memory_transport_with_default_retries_is_used()
    {
        var services = new ServiceCollection();
        services.AddGatewayBus(new ConfigurationBuilder().Build(), _ => { });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BusOptions>>().Value;
        Assert.Equal(BusTransport.InMemory, options.Transport);
        Assert.Null(options.EndpointPrefix);
        Assert.Equal(5, options.Retry.Limit);
        Assert.True(provider.GetRequiredService<IOptions<MassTransitHostOptions>>().Value.WaitUntilStarted);
    }

    [Fact]
    public void MassTransit_usage_telemetry_is_off_unless_the_operator_turns_it_on()
    {
        static bool TelemetryEnabled(Dictionary<string, string?> settings)
        {
            var services = new ServiceCollection();
            services.AddGatewayBus(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _ => { });
            using var provider = services.BuildServiceProvider();
            return provider.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled;
        }

        Assert.False(TelemetryEnabled([]));
        Assert.True(TelemetryEnabled(new() { ["Gateway:Bus:UsageTelemetry"] = "true" }));
    }

    [Fact]
    public async Task A_host_without_any_bus_configuration_delivers_in_memory()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var host = await BusTestHost.StartAsync(new Dictionary<string, string?>(), timeout.Token);
        var id = Guid.NewGuid();

        await host.Publisher.Publish(new SiviMessageValidated(id, "arbo-noord", "WerknemersGegevens", "2025", null), timeout.Token);

        var received = await host.Inbox.WaitForAsync<SiviMessageValidated>(m => m.MessageId == id, timeout.Token);
        Assert.Null(received.CaseKey);
    }

    [Fact]
    public void The_rabbitmq_section_binds_every_key_and_tls_changes_the_default_port()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Bus:Transport"] = "RabbitMq",
            ["Gateway:Bus:RabbitMq:Host"] = "mq.example.test",
            ["Gateway:Bus:RabbitMq:VirtualHost"] = "gateway",
            ["Gateway:Bus:RabbitMq:Username"] = "gw",
            ["Gateway:Bus:RabbitMq:Password"] = "s3cret",
            ["Gateway:Bus:RabbitMq:UseTls"] = "true",
            ["Gateway:Bus:RabbitMq:TlsServerName"] = "mq.internal.test",
            ["Gateway:Bus:Retry:Limit"] = "7",
            ["Gateway:Bus:Retry:MaxInterval"] = "00:02:00",
        }).Build();

        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>()!;

        Assert.Equal(BusTransport.RabbitMq, options.Transport);
        Assert.Equal("mq.example.test", options.RabbitMq.Host);
        Assert.Equal(5671, options.RabbitMq.EffectivePort);
        Assert.Equal("gateway", options.RabbitMq.VirtualHost);
        Assert.Equal("gw", options.RabbitMq.Username);
        Assert.Equal("s3cret", options.RabbitMq.Password);
        Assert.True(options.RabbitMq.UseTls);
        Assert.Equal("mq.internal.test", options.RabbitMq.TlsServerName);
        Assert.Equal(7, options.Retry.Limit);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Retry.MaxInterval);
        Assert.Empty(BusOptionsValidator.Validate(options));
    }

    [Fact]
    public void An_unusable_section_is_refused_naming_the_keys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Bus:Transport"] = "RabbitMq",
            ["Gateway:Bus:RabbitMq:Host"] = " ",
            ["Gateway:Bus:RabbitMq:Port"] = "70000",
            ["Gateway:Bus:Retry:Limit"] = "-1",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGatewayBus(configuration, _ => { }));

        Assert.Contains("Gateway:Bus:RabbitMq:Host", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Bus:RabbitMq:Port", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Bus:Retry:Limit", error.Message, StringComparison.Ordinal);
    }
}

using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Core.Bus;

/// <summary>Registers the gateway's message bus (MassTransit) on the transport chosen in <c>Gateway:Bus</c>.</summary>
public static class GatewayBusServiceCollectionExtensions
{
    /// <summary>
    /// Adds MassTransit with the in-memory or RabbitMQ transport from <see cref="BusOptions"/>, a receive endpoint per
    /// registered consumer (kebab-case names, optionally prefixed), and exponential retry for transient faults on
    /// every endpoint. MassTransit's usage telemetry is off unless <see cref="BusOptions.UsageTelemetry"/> turns it on. The host waits for the bus to be connected before it reports started. Also registers
    /// <see cref="BusOptions"/> as options.
    /// </summary>
    /// <param name="configuration">The configuration holding the <c>Gateway:Bus</c> section (may be absent).</param>
    /// <param name="registerConsumers">Adds the consumers (and sagas) that this node runs.</param>
    public static IServiceCollection AddGatewayBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> registerConsumers)
    {
        ArgumentNullException.ThrowIfNull(registerConsumers);
        var section = configuration.GetSection(BusOptions.Section);
        var options = section.Get<BusOptions>() ?? new BusOptions();
        BusOptionsValidator.ThrowIfInvalid(options);
        services.AddOptions<BusOptions>().Bind(section);

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(string.IsNullOrWhiteSpace(options.EndpointPrefix)
                ? KebabCaseEndpointNameFormatter.Instance
                : new KebabCaseEndpointNameFormatter(options.EndpointPrefix, false));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => BusRetryPolicy.Apply(endpoint, options.Retry));
            // MassTransit reports host details to its vendor after start unless told not to: the gateway makes no
            // outbound connection its operator did not configure (docs/operations.md, "Outbound connections")
            bus.ConfigureUsageTelemetryOptions(telemetry => telemetry.Enabled = options.UsageTelemetry);
            registerConsumers(bus);
            switch (options.Transport)
            {
                case BusTransport.RabbitMq:
                    bus.UsingRabbitMq((context, cfg) =>
                    {
                        RabbitMqHostSetup.Configure(cfg, options.RabbitMq);
                        cfg.ConfigureEndpoints(context);
                    });
                    break;
                default:
                    bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
                    break;
            }
        });
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = options.StartTimeout;
            host.StopTimeout = options.StopTimeout;
        });
        return services;
    }
}

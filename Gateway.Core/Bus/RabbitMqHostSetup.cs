using System.Security.Authentication;
using MassTransit;

namespace Gateway.Core.Bus;

/// <summary>Points a RabbitMQ bus at the broker from <see cref="RabbitMqBusOptions"/>, over TLS when asked.</summary>
public static class RabbitMqHostSetup
{
    public static void Configure(IRabbitMqBusFactoryConfigurator bus, RabbitMqBusOptions options)
    {
        bus.Host(options.Host, checked((ushort)options.EffectivePort), options.VirtualHost, host =>
        {
            host.Username(options.Username);
            host.Password(options.Password);
            if (options.UseTls)
            {
                host.UseSsl(ssl =>
                {
                    ssl.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                    ssl.ServerName = string.IsNullOrWhiteSpace(options.TlsServerName) ? options.Host : options.TlsServerName;
                });
            }
        });
    }
}

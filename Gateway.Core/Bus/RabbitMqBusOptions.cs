namespace Gateway.Core.Bus;

/// <summary>Configuration section <c>Gateway:Bus:RabbitMq</c>: where the broker is and how to log in.</summary>
public sealed class RabbitMqBusOptions
{
    public const int DefaultPort = 5672;

    public const int DefaultTlsPort = 5671;

    /// <summary>Broker host name or address. Default <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>AMQP port; when not set, 5672, or 5671 with <see cref="UseTls"/>.</summary>
    public int? Port { get; set; }

    /// <summary>Virtual host. Default <c>/</c>.</summary>
    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    /// <summary>Prefer an environment variable or the secret store over a plain configuration file.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>Connect over TLS (AMQPS), verifying the broker's certificate against <see cref="TlsServerName"/>.</summary>
    public bool UseTls { get; set; }

    /// <summary>The name the broker's certificate must carry; defaults to <see cref="Host"/>.</summary>
    public string? TlsServerName { get; set; }

    /// <summary>The port actually used.</summary>
    public int EffectivePort => Port ?? (UseTls ? DefaultTlsPort : DefaultPort);
}

namespace Gateway.Core.Bus;

/// <summary>Configuration section <c>Gateway:Bus</c>: the transport, its broker and the retry policy.</summary>
public sealed class BusOptions
{
    public const string Section = "Gateway:Bus";

    /// <summary><c>InMemory</c> (default) or <c>RabbitMq</c>.</summary>
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    /// <summary>
    /// Put in front of every queue name, so several environments (or test runs) can share one broker without
    /// consuming each other's messages. Empty by default.
    /// </summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>Section <c>Gateway:Bus:RabbitMq</c>; read only when <see cref="Transport"/> is <c>RabbitMq</c>.</summary>
    public RabbitMqBusOptions RabbitMq { get; set; } = new();

    /// <summary>Section <c>Gateway:Bus:Retry</c>: exponential backoff for transient faults.</summary>
    public BusRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// MassTransit's anonymous usage telemetry (an HTTPS report of host and bus details to the vendor some minutes after
    /// start). Off by default: the gateway connects only to what its operator configured.
    /// </summary>
    public bool UsageTelemetry { get; set; }

    /// <summary>How long starting the bus (connecting, declaring queues) may take before the host gives up.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long stopping the bus may take to let consumers finish the messages they hold.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

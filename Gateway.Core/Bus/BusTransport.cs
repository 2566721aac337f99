namespace Gateway.Core.Bus;

/// <summary>Which message broker carries the gateway's commands and events.</summary>
public enum BusTransport
{
    /// <summary>In-process only (the default): one gateway node, nothing to install.</summary>
    InMemory = 1,

    /// <summary>A RabbitMQ broker, shared by every gateway node.</summary>
    RabbitMq = 2,
}

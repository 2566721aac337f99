namespace Gateway.Host.Tests.Support;

/// <summary>A test that needs the real RabbitMQ broker; reports why and skips where it cannot run.</summary>
public sealed class RequiresRabbitMqFactAttribute : FactAttribute
{
    public RequiresRabbitMqFactAttribute()
    {
        if (RabbitMqServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

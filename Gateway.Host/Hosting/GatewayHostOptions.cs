namespace Gateway.Host.Hosting;

/// <summary>Section <c>Gateway:Host</c>: how often idle workers look for work.</summary>
public sealed class GatewayHostOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

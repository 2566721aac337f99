namespace Gateway.Core.Configuration;

/// <summary>Section <c>Gateway:Host</c>: how often idle workers look for work, and where their local state lives.</summary>
public sealed class GatewayHostOptions
{
    public const string Section = "Gateway:Host";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often Retourmelding folders are polled.</summary>
    public TimeSpan RetourPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Where intake journals and staging live (default <c>var/state</c>).</summary>
    public string StateDirectory { get; set; } = Path.Combine("var", "state");
}

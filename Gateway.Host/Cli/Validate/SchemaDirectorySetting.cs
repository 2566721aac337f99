using Microsoft.Extensions.Configuration;
using Sivi.Schemas.Registry;

namespace Gateway.Host.Cli.Validate;

/// <summary>
/// Where the schemas come from: <c>--schemas</c>, else the configuration key <c>Sivi:SchemaDirectory</c>
/// (appsettings.json next to the executable, or the environment variable <c>Sivi__SchemaDirectory</c>),
/// else the <c>xsd/</c> set shipped with the gateway.
/// </summary>
internal static class SchemaDirectorySetting
{
    public static SchemaRegistryOptions Resolve(string? commandLine, IConfiguration configuration) => Resolve(commandLine, () => configuration);

    /// <param name="configuration">Built and read only when the command line names no directory.</param>
    public static SchemaRegistryOptions Resolve(string? commandLine, Func<IConfiguration> configuration) => new()
    {
        SchemaDirectory = !string.IsNullOrWhiteSpace(commandLine) ? commandLine : configuration()[SchemaRegistryOptions.SchemaDirectoryKey],
    };

    public static IConfiguration DefaultConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}

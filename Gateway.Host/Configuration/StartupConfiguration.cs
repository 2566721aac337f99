using Gateway.Core.Configuration;
using Gateway.Host.Cli;
using Microsoft.Extensions.Configuration;
using Sivi.Schemas.Registry;

namespace Gateway.Host.Configuration;

/// <summary>What <c>gateway run</c> and <c>gateway config check</c> do before anything starts: load the installed schema set and check the configuration against it.</summary>
public static class StartupConfiguration
{
    /// <returns>The installed schema set, for the host to use.</returns>
    /// <exception cref="InvalidConfigurationException">Listing every problem; marked to show its stack trace when the configuration asks for Debug logging.</exception>
    public static async Task<SchemaRegistry> CheckAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var schemas = await SchemaRegistry.LoadAsync(
            new SchemaRegistryOptions { SchemaDirectory = configuration[SchemaRegistryOptions.SchemaDirectoryKey] }, cancellationToken).ConfigureAwait(false);
        try
        {
            ConfigurationCheck.ThrowIfInvalid(configuration, schemas);
        }
        catch (InvalidConfigurationException e) when (DebugLogging(configuration))
        {
            e.Data[GatewayCli.ShowStackTraceKey] = true;
            throw;
        }
        return schemas;
    }

    private static bool DebugLogging(IConfiguration configuration) =>
        (configuration["Serilog:MinimumLevel:Default"] ?? configuration["Serilog:MinimumLevel"]) is { } level
        && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Verbose", StringComparison.OrdinalIgnoreCase));
}

using Gateway.Host.Configuration;
using Gateway.Host.Persistence;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli;

/// <summary>What a CLI command working on the gateway's database needs: the configuration and the migrated database.</summary>
public static class CliDatabase
{
    public static async Task<(IConfiguration Configuration, GatewayDatabase Database)> OpenAsync(string? configFile, CancellationToken cancellationToken)
    {
        var configuration = GatewayConfiguration.Build(configFile);
        var database = new GatewayDatabase(GatewayConfiguration.Database(configuration));
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return (configuration, database);
    }
}

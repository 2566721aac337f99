using Gateway.Core;
using Gateway.Core.Configuration;
using Gateway.Core.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Cli;

/// <summary>
/// What a CLI command working on the gateway needs: the configuration, and the services of the same composition roots
/// the service uses (Core, plus the modules the command names), options checked and the database migrated.
/// </summary>
public static class CliServices
{
    public static async Task<(IConfiguration Configuration, IServiceProvider Services)> OpenAsync(string? configFile, CancellationToken cancellationToken,
        Action<IServiceCollection, IConfiguration>? modules = null)
    {
        var configuration = GatewayConfiguration.Build(configFile);
        var services = new ServiceCollection().AddGatewayCore(configuration);
        modules?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider();
        // what a host checks when it starts: every option registered with ValidateOnStart
        provider.GetService<IStartupValidator>()?.Validate();
        await provider.GetRequiredService<GatewayDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        return (configuration, provider);
    }
}

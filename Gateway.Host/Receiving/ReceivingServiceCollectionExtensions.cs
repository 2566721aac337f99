using Gateway.Host.Configuration;
using Gateway.Host.Receiving.Accounts;
using Gateway.Host.Receiving.Classifications;
using Gateway.Host.Receiving.Processing;
using Gateway.Host.Receiving.Register;
using Gateway.Host.Receiving.Retourmeldingen;
using Gateway.Host.Receiving.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Receiving;

/// <summary>Registers the receiving role's core (accounts, classification mapping, register, processor).</summary>
public static class ReceivingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReceivingOptions"/> (<c>Gateway:Receiving</c>), the <see cref="ReceivingAccountCatalog"/>
    /// (<c>Gateway:ReceivingAccounts</c>, <c>Gateway:EmployerGroups</c>), <see cref="ClassificationMapper"/>,
    /// <see cref="RetourmeldingBuilder"/>, <see cref="ReceivingDatabase"/> (on <c>Gateway:Database</c>),
    /// <see cref="ReceivedFileInterpreter"/>, <see cref="ReceivedFileProcessor"/> and <see cref="StartupOverviewImporter"/>
    /// as singletons. A <see cref="SiviValidator"/> and <see cref="TimeProvider"/> already registered are used;
    /// otherwise the schema set of <c>Sivi:SchemaDirectory</c> (default: next to the executable) and the system clock.
    /// Configuration problems surface when the services are first resolved, all listed at once.
    /// </summary>
    public static IServiceCollection AddGatewayReceiving(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new SiviValidator(SchemaRegistry.LoadAsync(new SchemaRegistryOptions
        {
            SchemaDirectory = configuration[SchemaRegistryOptions.SchemaDirectoryKey],
        }).GetAwaiter().GetResult()));
        services.TryAddSingleton(_ =>
        {
            var options = new ReceivingOptions();
            configuration.GetSection(ReceivingOptions.Section).Bind(options);
            options.Classifications = new Dictionary<string, string>(options.Classifications, StringComparer.OrdinalIgnoreCase);
            if (options.WaitingExpiryHours <= 0)
            {
                throw new ReceivingConfigurationException([$"{ReceivingOptions.Section}:WaitingExpiryHours must be a positive number of hours"]);
            }
            return options;
        });
        services.TryAddSingleton(_ => ReceivingAccountCatalog.Load(configuration));
        services.TryAddSingleton(sp => new ClassificationMapper(sp.GetRequiredService<ReceivingOptions>()));
        services.TryAddSingleton(sp => new RetourmeldingBuilder(SiviDefinitions.Embedded, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ReceivingOptions>()));
        services.TryAddSingleton(_ => new ReceivingDatabase(GatewayConfiguration.Database(configuration)));
        services.TryAddSingleton<ReceivedFileInterpreter>();
        services.TryAddSingleton<ReceivedFileProcessor>();
        services.TryAddSingleton<StartupOverviewImporter>();
        return services;
    }
}

using Gateway.Core;
using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Receiving.Sending;
using Gateway.Receiving.Startup;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving;

/// <summary>The composition root of the receiving role, used by the service and the CLI alike.</summary>
public static class ReceivingServiceCollectionExtensions
{
    /// <summary>
    /// Adds Core, <see cref="ReceivingOptions"/> (<c>Gateway:Receiving</c>), the <see cref="ReceivingAccountCatalog"/>
    /// (<c>Gateway:ReceivingAccounts</c>, <c>Gateway:EmployerGroups</c>), <see cref="ClassificationMapper"/>,
    /// <see cref="RetourmeldingBuilder"/>, <see cref="ReceivingDatabase"/> (on <c>Gateway:Database</c>), the receiving accounts for
    /// account control (<see cref="IReceivingAccounts"/>: block and restart of both roles), the register's read side for the console
    /// (<see cref="Core.ReceivingRegister.IReceivingRegisterQueries"/>), the hosted accounts' issued logins (<see cref="Hosted.HostedLogins"/>),
    /// <see cref="ReceivedFileInterpreter"/>, <see cref="ReceivedFileProcessor"/>, <see cref="StartupOverviewImporter"/>,
    /// <see cref="ReceivingIntake"/> (state under <c>Gateway:Host:StateDirectory</c>) and <see cref="ReceivingFolders"/>
    /// (external SFTP with the secret protector, hosted inboxes under <c>Gateway:HostedSftp</c>) as singletons. A <see cref="SiviValidator"/> and <see cref="TimeProvider"/> already registered are used;
    /// otherwise the schema set of <c>Sivi:SchemaDirectory</c> (default: next to the executable) and the system clock.
    /// Configuration problems surface when the services are first resolved, all listed at once.
    /// </summary>
    public static IServiceCollection AddGatewayReceiving(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGatewayCore(configuration);
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
        // a release an operator installed (not described) is accepted when the schema set has it; the set is loaded only then
        services.TryAddSingleton(provider => ReceivingAccountCatalog.Load(configuration,
            (type, release) => provider.GetRequiredService<SiviValidator>().Registry.IsInstalled(type, release)));
        services.TryAddSingleton<IReceivingAccounts, ReceivingAccountRole>();
        services.TryAddSingleton<Core.ReceivingRegister.IReceivingRegisterQueries>(provider =>
            new Views.ReceivingRegisterQueries(provider.GetRequiredService<ReceivingDatabase>()));
        services.TryAddSingleton<Hosted.HostedLogins>();
        services.TryAddSingleton(sp => new ClassificationMapper(sp.GetRequiredService<ReceivingOptions>()));
        services.TryAddSingleton(sp => new RetourmeldingBuilder(SiviDefinitions.Embedded, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ReceivingOptions>()));
        services.TryAddSingleton(provider => ReceivingDatabase.On(provider.GetRequiredService<GatewayDatabase>()));
        services.TryAddSingleton<ReceivedFileInterpreter>();
        services.TryAddSingleton<ReceivedFileProcessor>();
        services.TryAddSingleton<StartupOverviewImporter>();
        services.TryAddSingleton<Core.Overviews.IStartupOverviewImport>(provider => provider.GetRequiredService<StartupOverviewImporter>());
        services.TryAddSingleton(_ => configuration.GetSection(GatewayConfiguration.HostedSftpSection).Get<HostedSftpOptions>() ?? new HostedSftpOptions());
        services.TryAddSingleton(provider => new ReceivingFolders(provider.GetRequiredService<SecretProtector>(), provider.GetRequiredService<HostedSftpOptions>(),
            provider.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(provider => new ReceivingIntake(provider.GetRequiredService<ReceivedFileProcessor>(), provider.GetRequiredService<GatewayDatabase>(),
            provider.GetRequiredService<GatewayHostOptions>().StateDirectory, provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<SentMessageCorrelator>()));
        services.TryAddSingleton<SentMessageCorrelator>();
        services.TryAddSingleton<PartnerSender>();
        return services;
    }
}

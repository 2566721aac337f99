using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Outages;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Core.Uitval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Core;

/// <summary>The composition root of what every stage shares; each module's root calls it, so it may be called often.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock, the database (<c>Gateway:Database</c>), the secret protector (<c>Gateway:SecretKeyFile</c>),
    /// the partner accounts and integrations, account control, partner outages (<c>Gateway:Delivery:Outage</c>), uitval and employers, and the host options
    /// (<c>Gateway:Host</c>). Options are checked when the host starts (or first used, outside a host): a bad value
    /// stops the gateway with its configuration key named. Services registered before are kept.
    /// </summary>
    public static IServiceCollection AddGatewayCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => Enum.IsDefined(o.Provider), $"{DatabaseOptions.Section}:Provider must be Sqlite or Postgres")
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{DatabaseOptions.Section}:ConnectionString is required for Postgres")
            .ValidateOnStart();
        services.AddOptions<GatewayHostOptions>().Bind(configuration.GetSection(GatewayHostOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetourPollInterval > TimeSpan.Zero,
                $"{GatewayHostOptions.Section}:PollInterval and RetourPollInterval must be positive")
            .Validate(o => !string.IsNullOrWhiteSpace(o.StateDirectory), $"{GatewayHostOptions.Section}:StateDirectory must not be empty")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<GatewayHostOptions>>().Value);
        services.TryAddSingleton(provider => new GatewayDatabase(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.TryAddSingleton(_ => GatewayConfiguration.Secrets(configuration));
        services.TryAddSingleton(_ => AccountCatalog.Load(configuration));
        services.TryAddSingleton(provider => IntegrationCatalog.Load(configuration, provider.GetRequiredService<SecretProtector>));
        services.TryAddSingleton<AccountControl>();
        services.AddOptions<OutageProbeOptions>().Bind(configuration.GetSection(OutageProbeOptions.Section))
            .Validate(o => o.FirstProbeDelay > TimeSpan.Zero && o.MaxProbeDelay >= o.FirstProbeDelay,
                $"{OutageProbeOptions.Section}:FirstProbeDelay must be positive and MaxProbeDelay at least FirstProbeDelay")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<OutageProbeOptions>>().Value);
        services.TryAddSingleton<PartnerOutages>();
        services.TryAddSingleton<UitvalStore>();
        services.TryAddSingleton<UitvalBulkRetry>();
        services.TryAddSingleton<ScheduledUitvalRetry>();
        services.TryAddSingleton<Scheduling.ScheduledJobStore>();
        services.TryAddSingleton<Pulls.PendingPullStore>();
        services.TryAddSingleton<Ledger.LedgerRetention>();
        services.TryAddSingleton<EmployerStore>();
        return services;
    }
}

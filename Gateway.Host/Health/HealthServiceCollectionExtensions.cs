using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Health;

/// <summary>Registers the health listener and the readiness checks (database, SFTP-push accounts, workers' heartbeats, scheduled pulls, receiving accounts' intake steps; MassTransit adds the bus's own, tagged ready).</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(HealthOptions.Section).Get<HealthOptions>() ?? new HealthOptions());
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthListener.ReadyTag])
            .AddCheck<SftpAccountsHealthCheck>("sftp", tags: [HealthListener.ReadyTag])
            .AddCheck<WorkerHeartbeatsHealthCheck>("workers", tags: [HealthListener.ReadyTag])
            .AddCheck<ScheduledPullsHealthCheck>("pulls", tags: [HealthListener.ReadyTag])
            .AddCheck<ReceivingIntakeHealthCheck>("receiving", tags: [HealthListener.ReadyTag]);
        services.AddSingleton<WorkerHeartbeats>();
        services.AddHostedService<HealthListener>();
        return services;
    }
}

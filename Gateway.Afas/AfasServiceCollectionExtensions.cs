using Gateway.Afas.Changes;
using Gateway.Afas.Client;
using Gateway.Afas.Sync;
using Gateway.Core;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gateway.Afas;

/// <summary>The composition root of the AFAS stage, used by the service, the CLI and the demo alike.</summary>
public static class AfasServiceCollectionExtensions
{
    /// <summary>The HTTP client name AFAS requests go out under (its timeout is the client options', per request).</summary>
    public const string HttpClientName = "afas";

    /// <summary>
    /// Adds Core (<see cref="CoreServiceCollectionExtensions.AddGatewayCore"/>), a factory for an integration's
    /// <see cref="ConnectorSync"/> (its AFAS client on a pooled HTTP handler) and the retry of import, transformation and
    /// validation uitval (<see cref="RecordUitvalRetry"/>).
    /// </summary>
    public static IServiceCollection AddGatewayAfas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGatewayCore(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalRetry, RecordUitvalRetry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalReportContributor, FailedPullReport>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalReportContributor, HeldPullReport>());
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<Func<IntegrationOptions, ConnectorSync>>(provider => integration => new ConnectorSync(
            provider.GetRequiredService<GatewayDatabase>(),
            new AfasConnectorClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), integration.Afas,
                provider.GetRequiredService<ILogger<AfasConnectorClient>>(), provider.GetRequiredService<TimeProvider>()),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorSync>>(),
            provider.GetRequiredService<ScheduledUitvalRetry>()));
        return services;
    }
}

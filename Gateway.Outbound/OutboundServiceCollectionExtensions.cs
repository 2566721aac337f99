using Gateway.Core;
using Gateway.Core.Configuration;
using Gateway.Core.Employers;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Incoming;
using Gateway.Outbound.Incoming.Dossier;
using Gateway.Outbound.Retour;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound;

/// <summary>The composition root of the outbound stages (convert, validate, ledger, deliver, retour), used by the service, the CLI and the demo alike.</summary>
public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// Adds Core, the conversion stage, the deliverer with its retry policy (<c>Gateway:Delivery:Retry</c>, checked at
    /// start), the delivery targets of the accounts (SFTP push with the secret protector, hosted outboxes under
    /// <c>Gateway:HostedSftp</c>, folders), the hosted collection check, the retry of delivery uitval, and the
    /// Retourmelding intake and correlator, and the intake of Documenten and Afspraken with their delivery into AFAS, and the go-live preview.
    /// Conversion and the correlator validate with the <see cref="SiviValidator"/> the caller registers (the host loads
    /// the schema set once at start).
    /// </summary>
    public static IServiceCollection AddGatewayOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGatewayCore(configuration);
        services.AddOptions<DeliveryRetryPolicy>().Bind(configuration.GetSection(DeliveryRetryPolicy.Section))
            .Validate(p => p.MaxAttempts >= 1, $"{DeliveryRetryPolicy.Section}:MaxAttempts must be at least 1")
            .Validate(p => p.BaseDelay > TimeSpan.Zero && p.MaxDelay >= p.BaseDelay,
                $"{DeliveryRetryPolicy.Section}:BaseDelay must be positive and MaxDelay at least BaseDelay")
            .Validate(p => p.LeaseDuration > TimeSpan.Zero, $"{DeliveryRetryPolicy.Section}:LeaseDuration must be positive")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<DeliveryRetryPolicy>>().Value);
        services.TryAddSingleton(_ => configuration.GetSection(GatewayConfiguration.HostedSftpSection).Get<HostedSftpOptions>() ?? new HostedSftpOptions());
        services.TryAddSingleton<ConversionStage>();
        services.TryAddSingleton<IMessageResend, Resend.MessageResend>();
        services.TryAddSingleton<IGoLivePreview>(provider => ActivatorUtilities.CreateInstance<Preview.GoLivePreviewService>(provider, configuration));
        services.TryAddSingleton<DeliveryDispatcher>();
        services.TryAddSingleton(provider => new SftpPushTargets(provider.GetRequiredService<SecretProtector>(), provider.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(provider => new DeliveryTargetFactory(provider.GetRequiredService<SftpPushTargets>().Create,
            provider.GetRequiredService<HostedSftpOptions>()));
        services.TryAddSingleton<HostedCollectionCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalRetry, DeliveryUitvalRetry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalRetry, ConversionUitvalRetry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalRetry, DossierUitvalRetry>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUitvalReportContributor, UnacknowledgedReport>());
        services.TryAddSingleton(provider => new RetourmeldingCorrelator(provider.GetRequiredService<GatewayDatabase>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RetourmeldingCorrelator>>(), provider.GetRequiredService<SiviValidator>()));
        services.TryAddSingleton(provider => new RetourIntake(provider.GetRequiredService<RetourmeldingCorrelator>(),
            provider.GetRequiredService<GatewayHostOptions>().StateDirectory, provider.GetRequiredService<PartnerOutages>(),
            provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(Afas.AfasServiceCollectionExtensions.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IncomingMessageProcessor>();
        services.TryAddSingleton(provider => new IncomingIntake(provider.GetRequiredService<IncomingMessageProcessor>(),
            provider.GetRequiredService<GatewayHostOptions>().StateDirectory, provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DossierDelivery>();
        services.TryAddSingleton<DossierClients>();
        return services;
    }
}

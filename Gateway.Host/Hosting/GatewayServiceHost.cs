using Gateway.Host.Accounts;
using Gateway.Host.Admin;
using Gateway.Host.Afas.Client;
using Gateway.Host.Afas.Sync;
using Gateway.Host.Bus;
using Gateway.Host.Configuration;
using Gateway.Host.Delivery;
using Gateway.Host.Integrations;
using Gateway.Host.Ledger;
using Gateway.Host.Persistence;
using Gateway.Host.Pipeline;
using Gateway.Host.Receiving;
using Gateway.Host.Receiving.Intake;
using Gateway.Host.Retourmeldingen;
using Gateway.Host.Uitval.Report;
using Gateway.Transport.Hosted;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Hosting;

/// <summary>
/// The gateway as a service: scheduled AFAS pulls, delivery, the event outbox and the bus, on the configured
/// database. Every worker keeps its progress in the database, so the process can be killed at any moment and
/// restarted without losing or doubling anything.
/// </summary>
public static class GatewayServiceHost
{
    public static async Task<IHost> BuildAsync(IConfiguration configuration, CancellationToken cancellationToken, Action<IServiceCollection>? configure = null)
    {
        var schemas = await SchemaRegistry.LoadAsync(
            new SchemaRegistryOptions { SchemaDirectory = configuration[SchemaRegistryOptions.SchemaDirectoryKey] }, cancellationToken).ConfigureAwait(false);
        if (!configuration.GetSection("Gateway:Admin:Users").Exists())
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddConfiguration(configuration);
            AddLogging(builder.Logging, configuration);
            AddGatewayServices(builder.Services, configuration, schemas);
            configure?.Invoke(builder.Services);
            return builder.Build();
        }
        // with admin users configured the same process serves the admin API and web UI (Gateway:Admin:Urls)
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        web.Configuration.Sources.Clear();
        web.Configuration.AddConfiguration(configuration);
        AddLogging(web.Logging, configuration);
        AddGatewayServices(web.Services, configuration, schemas);
        web.Services.AddGatewayAdmin(configuration);
        configure?.Invoke(web.Services);
        var app = web.Build();
        app.MapGatewayAdmin();
        return app;
    }

    private static void AddLogging(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddSerilog(new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(configuration)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger(), dispose: true);
    }

    private static void AddGatewayServices(IServiceCollection services, IConfiguration configuration, SchemaRegistry schemas)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new GatewayDatabase(GatewayConfiguration.Database(configuration)));
        services.AddSingleton(configuration.GetSection("Gateway:Host").Get<GatewayHostOptions>() ?? new GatewayHostOptions());
        services.AddSingleton(configuration.GetSection("Gateway:Delivery:Retry").Get<DeliveryRetryPolicy>() ?? new DeliveryRetryPolicy());
        services.AddSingleton(IntegrationCatalog.Load(configuration, () => GatewayConfiguration.Secrets(configuration)));
        services.AddSingleton(AccountCatalog.Load(configuration));
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton(new SiviValidator(schemas));
        services.AddSingleton<ConversionStage>();
        var hostOptions = configuration.GetSection("Gateway:Host").Get<GatewayHostOptions>() ?? new GatewayHostOptions();
        services.AddSingleton(configuration.GetSection(SftpAccountsCommand.HostedSection).Get<HostedSftpOptions>() ?? new HostedSftpOptions());
        services.AddSingleton(provider => new SftpPushTargets(GatewayConfiguration.Secrets(configuration), provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new DeliveryTargetFactory(provider.GetRequiredService<SftpPushTargets>().Create, provider.GetRequiredService<HostedSftpOptions>()));
        services.AddSingleton(provider => new RetourmeldingCorrelator(provider.GetRequiredService<GatewayDatabase>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RetourmeldingCorrelator>>(), provider.GetRequiredService<SiviValidator>()));
        services.AddSingleton<HostedCollectionCheck>();
        services.AddSingleton(provider => new RetourIntake(provider.GetRequiredService<RetourmeldingCorrelator>(), hostOptions.StateDirectory,
            provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountControl>();
        services.AddScoped<OutboxPublisher>();
        services.AddHttpClient();
        services.AddSingleton<Func<IntegrationOptions, ConnectorSync>>(provider => integration => new ConnectorSync(
            provider.GetRequiredService<GatewayDatabase>(),
            new AfasConnectorClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient("afas"), integration.Afas,
                provider.GetRequiredService<ILogger<AfasConnectorClient>>(), provider.GetRequiredService<TimeProvider>()),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorSync>>()));
        services.AddSingleton<DeliverySignal>();
        services.AddGatewayBus(configuration, bus => bus.AddConsumer<DeliveryWakeConsumer>());
        services.AddHostedService<SyncScheduler>();
        services.AddHostedService<ConversionWorker>();
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<RetourIntakeWorker>();
        services.AddGatewayReceiving(configuration);
        services.AddSingleton(provider => new ReceivingFolders(GatewayConfiguration.Secrets(configuration), provider.GetRequiredService<HostedSftpOptions>(),
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => new ReceivingIntake(provider.GetRequiredService<Receiving.Processing.ReceivedFileProcessor>(),
            provider.GetRequiredService<GatewayDatabase>(), hostOptions.StateDirectory, provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ReceivingWorker>();
        if (configuration.GetSection("Gateway:UitvalReport:Smtp:Host").Exists())
        {
            services.AddSingleton<IUitvalReportSource, LedgerUitvalReportSource>();
            services.AddUitvalReport(configuration);
        }
    }

    /// <summary>Migrates the database, then runs until stopped.</summary>
    public static async Task RunAsync(IHost host, CancellationToken cancellationToken)
    {
        await host.Services.GetRequiredService<GatewayDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await host.Services.GetRequiredService<Receiving.Register.ReceivingDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}

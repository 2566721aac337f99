using Gateway.Admin;
using Gateway.Afas;
using Gateway.Core.Bus;
using Gateway.Core.Coordination;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Health;
using Gateway.Host.Telemetry;
using Gateway.Outbound;
using Gateway.Receiving;
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
        return Build(configuration, schemas, configure);
    }

    /// <summary>The host on an already loaded schema set (<c>gateway run</c> loads it to check the configuration first).</summary>
    public static IHost Build(IConfiguration configuration, SchemaRegistry schemas, Action<IServiceCollection>? configure = null)
    {
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
        logging.AddSerilog(GatewayLogging.Create(configuration), dispose: true);
    }

    /// <summary>The modules' composition roots (the same the CLI and the demo use), then the bus and the workers.</summary>
    private static void AddGatewayServices(IServiceCollection services, IConfiguration configuration, SchemaRegistry schemas)
    {
        services.AddSingleton(new SiviValidator(schemas));
        // under systemd (Type=notify): READY=1 once started, STOPPING=1 on shutdown, journald-friendly console; elsewhere nothing
        services.AddSystemd();
        services.AddGatewayAfas(configuration);
        services.AddGatewayOutbound(configuration);
        services.AddGatewayReceiving(configuration);
        services.AddScoped<OutboxPublisher>();
        services.AddSingleton<DeliverySignal>();
        services.AddGatewayBus(configuration, bus => bus.AddConsumer<DeliveryWakeConsumer>());
        services.AddGatewayHealth(configuration);
        services.AddGatewayTelemetry(configuration);
        services.AddHostedService<SyncScheduler>();
        services.AddSingleton<Gateway.Core.Scheduling.IPlannedJobs, PullJobPlans>();
        services.AddHostedService<ConversionWorker>();
        services.AddHostedService<DeliveryWorker>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<RetourIntakeWorker>();
        services.AddHostedService<IncomingWorker>();
        services.AddHostedService<ReceivingWorker>();
        services.AddHostedService<RetentionWorker>();
        services.AddHostedService<PartnerSendWorker>();
        if (configuration.GetSection("Gateway:UitvalReport:Smtp:Host").Exists())
        {
            services.AddSingleton<IUitvalReportSource, LedgerUitvalReportSource>();
            services.AddUitvalReport(configuration);
        }
    }

    /// <summary>
    /// Migrates the database, releases the leases a dead predecessor on this node left (so a restart after a crash
    /// goes on at once instead of waiting for them to expire), then runs until stopped.
    /// </summary>
    public static async Task RunAsync(IHost host, CancellationToken cancellationToken)
    {
        var database = host.Services.GetRequiredService<GatewayDatabase>();
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await host.Services.GetRequiredService<Receiving.Register.ReceivingDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var released = await new LeaseStore(database, host.Services.GetRequiredService<TimeProvider>()).ReleaseLeftByDeadAsync(cancellationToken).ConfigureAwait(false);
        if (released.Count > 0)
        {
            HostLog.ReleasedDeadLeases(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayServiceHost)), released.Count, string.Join(", ", released));
        }
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}

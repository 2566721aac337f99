using Gateway.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Gateway.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the service: the gateway's meter and MassTransit's, .NET runtime, HTTP client and ASP.NET Core
/// measurements, read by the Prometheus exporter behind <c>/metrics</c> on the health listener. With an OTLP endpoint
/// configured (<see cref="TelemetryOptions"/>) the metrics are pushed there too and the traces (the gateway's spans,
/// MassTransit's, HTTP client calls) are exported; without one no trace is collected and nothing leaves the process.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string MassTransitName = "MassTransit";

    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint(Environment.GetEnvironmentVariable);
        services.AddSingleton(options);
        services.AddSingleton<LedgerCounts>();
        services.AddHostedService<LedgerGauges>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("gateway"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GatewayTelemetry.Name, MassTransitName)
                    .AddRuntimeInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddAspNetCoreInstrumentation()
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => Configure(exporter, otlp, options.Otlp.Protocol, "metrics"));
                }
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GatewayTelemetry.Name, MassTransitName)
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Configure(exporter, otlp, options.Otlp.Protocol, "traces")));
        }
        return services;
    }

    /// <summary>gRPC takes the endpoint as it is; over HTTP each signal has its own path below it (<c>/v1/metrics</c>, <c>/v1/traces</c>).</summary>
    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, OtlpProtocol protocol, string signal)
    {
        exporter.Protocol = protocol == OtlpProtocol.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        exporter.Endpoint = protocol == OtlpProtocol.HttpProtobuf ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/v1/" + signal) : endpoint;
    }
}

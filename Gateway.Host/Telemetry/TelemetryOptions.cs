using Gateway.Core.Configuration;

namespace Gateway.Host.Telemetry;

/// <summary>
/// Section <c>Gateway:Telemetry</c>. Metrics are always scraped at <c>/metrics</c> on the health listener; they and the
/// traces leave the process only when an OTLP endpoint is configured here or in <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Gateway:Telemetry";

    /// <summary>The standard OpenTelemetry variable, used when <see cref="OtlpOptions.Endpoint"/> is not set.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>How long one reading of the ledger's counts (messages per state, open uitval, queues) serves the gauges.</summary>
    public TimeSpan LedgerCountsCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The OTLP endpoint to export to: this section's, else the environment's, else none (nothing is exported).</summary>
    /// <exception cref="InvalidConfigurationException">The configured endpoint is not an absolute http(s) address.</exception>
    public Uri? OtlpEndpoint(Func<string, string?> environment)
    {
        var (source, value) = string.IsNullOrWhiteSpace(Otlp.Endpoint) ? (OtlpEndpointVariable, environment(OtlpEndpointVariable)) : ($"{Section}:Otlp:Endpoint", Otlp.Endpoint);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return Uri.TryCreate(value, UriKind.Absolute, out var endpoint) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)
            ? endpoint
            : throw new InvalidConfigurationException([$"{source}: '{value}' is not an http(s) address such as http://collector:4317"]);
    }
}

/// <summary>Where metrics and traces are pushed (OpenTelemetry protocol).</summary>
public sealed class OtlpOptions
{
    /// <summary>E.g. <c>http://collector:4317</c> (gRPC) or <c>http://collector:4318</c> with <see cref="Protocol"/> HttpProtobuf; empty: no export.</summary>
    public string? Endpoint { get; set; }

    public OtlpProtocol Protocol { get; set; } = OtlpProtocol.Grpc;
}

public enum OtlpProtocol
{
    Grpc = 1,
    HttpProtobuf = 2,
}

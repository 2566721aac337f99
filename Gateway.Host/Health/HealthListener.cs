using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Gateway.Host.Health;

/// <summary>
/// Its own small Kestrel on <see cref="HealthOptions.Urls"/>: <c>GET /healthz</c> answers 200 while the process runs;
/// <c>GET /readyz</c> runs the checks tagged <see cref="ReadyTag"/> and answers 200 or 503 with each check's status
/// as JSON; <c>GET /metrics</c> is the Prometheus scrape of the service's meters (see Telemetry). When the address
/// cannot be bound the gateway logs it and works on without the listener.
/// </summary>
internal sealed partial class HealthListener(HealthOptions options, HealthCheckService checks, ILogger<HealthListener> logger, MeterProvider? meters = null)
    : IHostedService, IAsyncDisposable
{
    public const string ReadyTag = "ready";

    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.UrlList.Count == 0)
        {
            return;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.UrlList]);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("Healthy"));
        app.MapGet("/readyz", ReadyAsync);
        if (meters is not null)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);
        }
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            _app = app;
            Listening(logger, options.Urls);
        }
        catch (IOException e)
        {
            NotListening(logger, options.Urls, e.Message);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ReadyAsync(HttpContext context)
    {
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, JsonSerializerOptions.Web, context.RequestAborted).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Health, readiness and metrics on {Urls} (/healthz, /readyz, /metrics)")]
    private static partial void Listening(ILogger logger, string urls);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "Health listener could not bind {Urls}; the gateway works on without /healthz and /readyz: {Error}")]
    private static partial void NotListening(ILogger logger, string urls, string error);
}

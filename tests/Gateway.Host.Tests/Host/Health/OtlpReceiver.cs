using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Tests.Health;

/// <summary>
/// A stand-in OpenTelemetry collector on a free loopback port: it takes OTLP/HTTP protobuf exports
/// (<c>POST /v1/traces</c>, <c>/v1/metrics</c>) and keeps each body. Span and metric names travel as plain UTF-8 in
/// protobuf, so a test can look for them without decoding.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<OtlpReceiver> StartAsync()
    {
        var endpoint = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(endpoint.AbsoluteUri);
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, endpoint);
        app.MapPost("/v1/{signal}", async (string signal, HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver._exports.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Whether an export of <paramref name="signal"/> (traces, metrics) named <paramref name="name"/>.</summary>
    public bool Received(string signal, string name) =>
        _exports.Any(e => e.Signal == signal && Encoding.UTF8.GetString(e.Body).Contains(name, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

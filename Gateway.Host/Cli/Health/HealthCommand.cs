using System.CommandLine;
using Gateway.Core.Configuration;
using Gateway.Host.Health;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli.Health;

/// <summary>
/// <c>gateway health [--ready] [--url URL] [--config FILE]</c>: asks a running gateway's health listener whether it
/// lives (<c>/healthz</c>) or is ready (<c>/readyz</c>); exit 0 when it answers 200, 1 otherwise. The container's
/// HEALTHCHECK, which has no curl.
/// </summary>
public static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var ready = new Option<bool>("--ready") { Description = "Ask /readyz (database, bus, partners, workers) instead of /healthz" };
        var url = new Option<Uri?>("--url") { Description = "The listener's address; default: the first of Gateway:Health:Urls" };
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var command = new Command("health", "Ask the running gateway's health listener; exit 0 when healthy (ready with --ready)") { ready, url, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseUrl = parse.GetValue(url) ?? ConfiguredUrl(GatewayConfiguration.Build(parse.GetValue(config)));
            if (baseUrl is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{HealthOptions.Section}:Urls is empty: the health listener is off").ConfigureAwait(false);
                return 2;
            }
            var path = parse.GetValue(ready) ? "readyz" : "healthz";
            using var client = new HttpClient { BaseAddress = baseUrl, Timeout = Timeout };
            try
            {
                using var response = await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{new Uri(baseUrl, path)}: {(int)response.StatusCode} {response.ReasonPhrase}").ConfigureAwait(false);
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{new Uri(baseUrl, path)}: no answer ({e.GetType().Name})").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The first listen address, with a wildcard host asked on loopback.</summary>
    private static Uri? ConfiguredUrl(IConfiguration configuration)
    {
        var options = new HealthOptions();
        configuration.GetSection(HealthOptions.Section).Bind(options);
        if (options.UrlList is not [var first, ..])
        {
            return null;
        }
        var builder = new UriBuilder(first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal));
        if (!builder.Path.EndsWith('/'))
        {
            builder.Path += "/";
        }
        return builder.Uri;
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>
/// The service's logger, from configuration only (section <c>Serilog</c>): levels, enrichers and sinks as configured;
/// without <c>Serilog:WriteTo</c> one text console. Every event goes to each configured sink once. Text lines start
/// with an ISO 8601 timestamp with the UTC offset of the host's clock; a configured Console or File sink without its
/// own <c>outputTemplate</c> or <c>formatter</c> gets the same template. Properties of the surrounding scope (the
/// account a worker is busy with) travel with every event.
/// </summary>
public static class GatewayLogging
{
    public const string TextTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    private static readonly string[] TemplatedSinks = ["Console", "File"];

    public static Serilog.Core.Logger Create(IConfiguration configuration)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            // ASP.NET Core and EF Core write one Information line per request and per query
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(WithDefaultTemplates(configuration), new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly,
                typeof(FileLoggerConfigurationExtensions).Assembly,
                typeof(CompactJsonFormatter).Assembly)
            { FormatProvider = CultureInfo.InvariantCulture });
        if (!configuration.GetSection("Serilog:WriteTo").GetChildren().Any())
        {
            logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture);
        }
        return logger.CreateLogger();
    }

    /// <summary>The configuration with <see cref="TextTemplate"/> added to every Console or File sink that has no template or formatter of its own.</summary>
    private static IConfiguration WithDefaultTemplates(IConfiguration configuration)
    {
        var added = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var sink in configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var name = sink["Name"] ?? sink.Key;
            if (TemplatedSinks.Contains(name, StringComparer.OrdinalIgnoreCase) && sink["Args:outputTemplate"] is null && sink["Args:formatter"] is null
                && !sink.GetSection("Args:formatter").Exists())
            {
                added[$"{sink.Path}:Args:outputTemplate"] = TextTemplate;
            }
        }
        return added.Count == 0 ? configuration : new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(added).Build();
    }
}

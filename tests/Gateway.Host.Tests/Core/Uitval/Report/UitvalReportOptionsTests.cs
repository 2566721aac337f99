using Gateway.Core.Uitval.Report;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Core.Tests.Uitval.Report;

public sealed class UitvalReportOptionsTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Gateway:UitvalReport:Smtp:Host"] = "smtp.example.test",
        ["Gateway:UitvalReport:Smtp:Port"] = "2525",
        ["Gateway:UitvalReport:Smtp:UseStartTls"] = "false",
        ["Gateway:UitvalReport:Smtp:Username"] = "gateway",
        ["Gateway:UitvalReport:Smtp:Password"] = "s3cret",
        ["Gateway:UitvalReport:From"] = "Gateway <gateway@example.test>",
        ["Gateway:UitvalReport:Time"] = "06:30",
        ["Gateway:UitvalReport:Recipients:arbo-noord:Addresses:0"] = "beheer@noord.example.test",
        ["Gateway:UitvalReport:Recipients:arbo-noord:Addresses:1"] = "hr@noord.example.test",
        ["Gateway:UitvalReport:Recipients:arbo-noord:Level"] = "WithMetadata",
        ["Gateway:UitvalReport:Recipients:arbo-zuid:Addresses:0"] = "beheer@zuid.example.test",
    };

    [Fact]
    public void The_section_binds_smtp_schedule_and_recipients_per_account()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build()
            .GetSection(UitvalReportOptions.Section).Get<UitvalReportOptions>()!;

        Assert.Equal(("smtp.example.test", 2525, false, "gateway", "s3cret"),
            (options.Smtp.Host, options.Smtp.Port, options.Smtp.UseStartTls, options.Smtp.Username, options.Smtp.Password));
        Assert.Equal("06:30", options.Time);
        Assert.Equal("Europe/Amsterdam", options.TimeZone);
        Assert.Equal(["beheer@noord.example.test", "hr@noord.example.test"], options.Recipients["arbo-noord"].Addresses);
        Assert.Equal(UitvalMailLevel.WithMetadata, options.Recipients["ARBO-NOORD"].Level);
        Assert.Equal(UitvalMailLevel.OnlyUitval, options.Recipients["arbo-zuid"].Level);
        Assert.Empty(UitvalReportOptionsValidator.Validate(options));
    }

    [Fact]
    public void An_unusable_section_is_refused_naming_the_keys()
    {
        var options = new UitvalReportOptions
        {
            Smtp = new SmtpOptions { Host = "", Port = 0 },
            From = "geen adres",
            Time = "7 uur",
            Recipients = new() { ["arbo-noord"] = new() { Addresses = ["beheer@noord.example.test", "niet@@geldig"] } },
        };

        var errors = string.Join("\n", UitvalReportOptionsValidator.Validate(options));

        Assert.Contains("Gateway:UitvalReport:Smtp:Host", errors, StringComparison.Ordinal);
        Assert.Contains("Gateway:UitvalReport:Smtp:Port", errors, StringComparison.Ordinal);
        Assert.Contains("Gateway:UitvalReport:From", errors, StringComparison.Ordinal);
        Assert.Contains("Gateway:UitvalReport:Time", errors, StringComparison.Ordinal);
        Assert.Contains("Gateway:UitvalReport:Recipients:arbo-noord:Addresses has 'niet@@geldig'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_uitval_report_registers_the_service_around_the_callers_source()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<IUitvalReportSource, EmptySource>();
        services.AddUitvalReport(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
        using var provider = services.BuildServiceProvider();

        Assert.IsType<UitvalReportService>(Assert.Single(provider.GetServices<IHostedService>()));
        Assert.IsType<UitvalReportSender>(provider.GetRequiredService<IUitvalReportSender>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal("06:30", provider.GetRequiredService<UitvalReportOptions>().Time);
    }

    [Fact]
    public void Add_uitval_report_fails_fast_on_a_bad_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:UitvalReport:TimeZone"] = "Mars/Olympus_Mons",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddUitvalReport(configuration));
        Assert.Contains("Gateway:UitvalReport:TimeZone", error.Message, StringComparison.Ordinal);
    }

    private sealed class EmptySource : IUitvalReportSource
    {
        public Task<IReadOnlyList<UitvalReportItem>> GetItemsAsync(DateTimeOffset reportTime, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<UitvalReportItem>>([]);

        public Task MarkReportedAsync(DateTimeOffset reportTime, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

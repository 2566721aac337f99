using Gateway.Core.Scheduling;
using Gateway.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Host.Scheduling;

/// <summary>The service host tells the console what it schedules: each enabled connector's pull on its default schedule, and the daily mail when configured.</summary>
public sealed class PlannedJobsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-planned-").FullName;

    [Fact]
    public async Task The_host_registers_its_scheduled_pulls_and_the_uitval_mail_as_planned_jobs()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "gateway.db")}",
            ["Gateway:SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
            ["Gateway:Host:StateDirectory"] = Path.Combine(_directory, "state"),
            ["Gateway:Integrations:acme:Afas:BaseUrl"] = "http://127.0.0.1:9/",
            ["Gateway:Integrations:acme:Afas:Token"] = "token",
            ["Gateway:Integrations:acme:Connectors:Newdays_Connect_Organigram_v1:Enabled"] = "false",
            ["Gateway:UitvalReport:Smtp:Host"] = "127.0.0.1",
            ["Gateway:UitvalReport:Time"] = "06:30",
        }).Build();
        using var host = await GatewayServiceHost.BuildAsync(configuration, default);

        var jobs = host.Services.GetServices<IPlannedJobs>().SelectMany(p => p.Jobs).ToList();

        var verzuim = Assert.Single(jobs, j => j.Name.StartsWith("pull:acme:Newdays_Connect_Verzuim_v1:", StringComparison.Ordinal));
        Assert.Equal(["0 7-21 * * *"], verzuim.Schedule.Expressions);
        Assert.Equal(PlannedJob.PullKind, verzuim.Kind);
        Assert.DoesNotContain(jobs, j => j.Name.Contains("Organigram", StringComparison.Ordinal));
        var mail = Assert.Single(jobs, j => j.Kind == PlannedJob.MailKind);
        Assert.Equal("uitval-report", mail.Name);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 5, 30, 0, TimeSpan.Zero), mail.Schedule.Next(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

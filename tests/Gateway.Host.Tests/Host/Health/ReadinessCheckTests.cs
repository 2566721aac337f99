using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Health;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Tests.Health;

/// <summary>
/// The readiness checks that depend on time, on a clock the test moves: a worker that stops looping turns readiness
/// red after its tolerance and green with its next loop; a scheduled pull that does not succeed within its grace after
/// it came due turns it red until a pull of that connector succeeds.
/// </summary>
public sealed class ReadinessCheckTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-readiness-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly ManualTimeProvider _clock = new(Start);
    private readonly HealthOptions _options = new() { HeartbeatTolerance = 5, HeartbeatGrace = TimeSpan.FromMinutes(2), PullGrace = TimeSpan.FromMinutes(30) };

    [Fact]
    public async Task A_worker_that_stops_looping_is_named_until_it_loops_again()
    {
        var heartbeats = new WorkerHeartbeats(_clock);
        var check = new WorkerHeartbeatsHealthCheck(heartbeats, _options, _clock);
        heartbeats.Beat("DeliveryWorker", TimeSpan.FromSeconds(5));
        heartbeats.Beat("RetourIntakeWorker", TimeSpan.FromMinutes(1));

        _clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        _clock.Advance(TimeSpan.FromSeconds(2)); // past the 2-minute grace: 5 × 5 s is less
        var late = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, late.Status);
        Assert.Equal("not looping: DeliveryWorker", late.Description);

        heartbeats.Beat("DeliveryWorker", TimeSpan.FromSeconds(5));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        _clock.Advance(TimeSpan.FromSeconds(150)); // 4:31 since the Retourmelding poll's loop: within its 5 × 1 minute
        Assert.Equal("not looping: DeliveryWorker", (await check.CheckHealthAsync(new HealthCheckContext())).Description);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("not looping: DeliveryWorker, RetourIntakeWorker", (await check.CheckHealthAsync(new HealthCheckContext())).Description);
    }

    [Fact]
    public async Task A_scheduled_pull_overdue_past_its_grace_is_named_until_one_succeeds()
    {
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        var hourly = new Dictionary<string, string?>();
        foreach (var connector in SyncOrder.Connectors)
        {
            hourly[$"{IntegrationCatalog.Section}:afas:Connectors:{connector}:Schedule:0"] = "0 * * * *";
        }
        var integrations = IntegrationCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(hourly).Build(), () => throw new InvalidOperationException("no secrets here"));
        var check = new ScheduledPullsHealthCheck(integrations, database, new WorkerHeartbeats(_clock), _options, _clock);

        // due at 11:00 UTC (the first full hour after the start); 30 minutes of grace
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var overdue = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, overdue.Status);
        Assert.Contains($"afas/{AfasConnectorIds.Verzuim}", overdue.Description, StringComparison.Ordinal);

        await using (var context = database.CreateContext())
        {
            foreach (var connector in SyncOrder.Connectors)
            {
                var started = new DateTime(2026, 3, 2, 11, 0, 1, DateTimeKind.Utc);
                context.PullRuns.Add(new PullRun { Integration = "afas", Connector = connector, StartedUtc = started, FinishedUtc = started.AddSeconds(5), Status = PullStatus.Succeeded });
            }
            await context.SaveChangesAsync();
        }
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        _clock.Advance(TimeSpan.FromHours(1)); // 12:31: the 12:00 pull never succeeded
        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

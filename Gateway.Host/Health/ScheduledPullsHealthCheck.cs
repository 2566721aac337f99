using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>
/// Ready while every scheduled pull (each enabled connector on its schedule, see <see cref="SyncScheduler"/>) that came
/// due since this gateway started has succeeded, on any node: a connector is overdue when its first run after its
/// last successful pull (or after the start, if later) was due more than <see cref="HealthOptions.PullGrace"/> ago. The
/// overdue connectors are named; the pull runs table is the record.
/// </summary>
public sealed class ScheduledPullsHealthCheck(IntegrationCatalog integrations, GatewayDatabase database, WorkerHeartbeats heartbeats,
    HealthOptions options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectors = integrations.Names.Select(integrations.Get).SelectMany(SyncScheduler.Jobs)
            .GroupBy(j => (Integration: j.Integration.Name, j.Connector), j => j.Schedule)
            .ToList();
        if (connectors.Count == 0)
        {
            return HealthCheckResult.Healthy("no scheduled pulls");
        }
        await using var db = database.CreateContext();
        var succeeded = await db.PullRuns.AsNoTracking().Where(r => r.Status == PullStatus.Succeeded)
            .GroupBy(r => new { r.Integration, r.Connector })
            .Select(g => new { g.Key.Integration, g.Key.Connector, Last = g.Max(r => r.StartedUtc) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = succeeded.ToDictionary(s => (s.Integration, s.Connector), s => new DateTimeOffset(DateTime.SpecifyKind(s.Last, DateTimeKind.Utc)));
        var now = clock.GetUtcNow();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var overdue = new List<string>();
        foreach (var connector in connectors)
        {
            var name = $"{connector.Key.Integration}/{connector.Key.Connector}";
            var since = last.TryGetValue(connector.Key, out var success) && success > heartbeats.Since ? success : heartbeats.Since;
            var due = connector.Min(schedule => schedule.Next(since));
            data[name] = success == default ? "never succeeded" : "last succeeded " + success.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            if (due + options.PullGrace < now)
            {
                overdue.Add(name);
            }
        }
        return overdue.Count == 0
            ? HealthCheckResult.Healthy($"{connectors.Count} scheduled connector(s) pulled on time", data)
            : HealthCheckResult.Unhealthy($"overdue: {string.Join(", ", overdue)}", data: data);
    }
}

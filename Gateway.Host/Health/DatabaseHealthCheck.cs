using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gateway.Host.Health;

/// <summary>Ready when the gateway's database answers a query.</summary>
internal sealed class DatabaseHealthCheck(GatewayDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = database.CreateContext();
            await db.PullRuns.AnyAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Options.Provider} answers");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{database.Options.Provider} does not answer: {e.GetType().Name}");
        }
    }
}

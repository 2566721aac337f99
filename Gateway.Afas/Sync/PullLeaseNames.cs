using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Sync;

/// <summary>
/// Lease names of pulls: one per integration and connector. The pull takes it; conversion asks
/// <see cref="AnyHeldAsync"/> whether any of its integration's is held, so the naming stays here.
/// </summary>
public static class PullLeaseNames
{
    public static string For(string integration, string connector) => IntegrationPrefix(integration) + connector;

    /// <summary>Whether a pull of <paramref name="integration"/> is in progress: one of its connectors' leases is held and not expired.</summary>
    public static Task<bool> AnyHeldAsync(GatewayDbContext context, string integration, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var prefix = IntegrationPrefix(integration);
        return context.Leases.AnyAsync(l => l.Name.StartsWith(prefix) && l.ExpiresUtc > nowUtc, cancellationToken);
    }

    private static string IntegrationPrefix(string integration) => $"pull:{integration}:";
}

namespace Gateway.Host.Afas.Sync;

/// <summary>
/// Lease names of pulls: one per integration and connector. The pull takes it; conversion waits while any of its
/// integration's is held. Both read the name from here so they cannot drift apart.
/// </summary>
public static class PullLeaseNames
{
    public static string For(string integration, string connector) => IntegrationPrefix(integration) + connector;

    public static string IntegrationPrefix(string integration) => $"pull:{integration}:";
}

using System.Collections.Concurrent;

namespace Afas.Simulator.Hosting;

/// <summary>What the simulator has been asked, for tests and the admin endpoint.</summary>
public sealed class SimulatorStatistics
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private string? _lastIntegrationId;

    /// <summary>GetConnector requests per connector id (also the ones that were refused).</summary>
    public IReadOnlyDictionary<string, int> Requests => _requests;

    /// <summary>The IntegrationId header of the latest request that carried one.</summary>
    public string? LastIntegrationId => Volatile.Read(ref _lastIntegrationId);

    public int RequestsFor(string connectorId) => _requests.TryGetValue(connectorId, out var count) ? count : 0;

    internal void Record(string connectorId, string? integrationId)
    {
        _requests.AddOrUpdate(connectorId, 1, (_, count) => count + 1);
        if (!string.IsNullOrEmpty(integrationId))
        {
            Volatile.Write(ref _lastIntegrationId, integrationId);
        }
    }
}

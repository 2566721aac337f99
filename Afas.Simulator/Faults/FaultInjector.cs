namespace Afas.Simulator.Faults;

/// <summary>
/// Faults per connector ("*" for every connector), each for the next N requests. Thread-safe; the first matching
/// entry (connector-specific before "*") is used and counted down.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>Connector id that matches every connector.</summary>
    public const string AnyConnector = "*";

    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>Applies <paramref name="fault"/> to the next <paramref name="requests"/> requests for the connector.</summary>
    public void Inject(string connectorId, SimulatedFault fault, int requests = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectorId);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(connectorId, fault, requests));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The fault for this request, if any, counting it down.</summary>
    public SimulatedFault? TakeFor(string connectorId)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.ConnectorId == connectorId) ?? _entries.Find(e => e.ConnectorId == AnyConnector);
            if (entry is null)
            {
                return null;
            }
            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }
            return entry.Fault;
        }
    }

    private sealed class Entry(string connectorId, SimulatedFault fault, int remaining)
    {
        public string ConnectorId { get; } = connectorId;
        public SimulatedFault Fault { get; } = fault;
        public int Remaining { get; set; } = remaining;
    }
}

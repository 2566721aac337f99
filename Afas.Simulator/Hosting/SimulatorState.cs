using Afas.Simulator.Data;
using Afas.Simulator.Faults;
using Afas.Simulator.Query;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Hosting;

/// <summary>Everything a request handler needs: dataset, clock, faults, switches and statistics.</summary>
internal sealed class SimulatorState
{
    private volatile bool _ipRestricted;

    public SimulatorState(AfasSimulatorOptions options)
    {
        Dataset = new SimDataset(options.Seed, options.Employees, options.StartDate);
        Catalog = new ConnectorCatalog(Dataset);
        Clock = new SimulationClock(options.StartDate);
        TokenCheck = new AfasTokenCheck(options.Token);
        TextValues = options.TextValues;
    }

    /// <summary>Values are written in the shapes real GetConnectors use (<see cref="AfasSimulatorOptions.TextValues"/>).</summary>
    public bool TextValues { get; }

    public SimDataset Dataset { get; }

    public ConnectorCatalog Catalog { get; }

    public SimulationClock Clock { get; }

    public FaultInjector Faults { get; } = new();

    public SimulatorStatistics Statistics { get; } = new();

    public Updates.SubjectStore Subjects { get; } = new();

    public AfasTokenCheck TokenCheck { get; }

    public QueryExecutor Executor { get; } = new();

    public bool IpRestricted
    {
        get => _ipRestricted;
        set => _ipRestricted = value;
    }
}

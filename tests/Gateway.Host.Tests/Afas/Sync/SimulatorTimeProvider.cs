using Afas.Simulator.Hosting;
using Gateway.Core.Time;

namespace Gateway.Afas.Tests.Sync;

/// <summary>The gateway's clock follows the simulator's day (noon, Amsterdam), so date filters agree with its data.</summary>
internal sealed class SimulatorTimeProvider(AfasSimulatorServer simulator) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        AmsterdamTime.FromLocal(simulator.Clock.Today.ToDateTime(new TimeOnly(12, 0))).ToUniversalTime();
}

using Afas.Simulator.Faults;

namespace Afas.Simulator.Tests;

public class FaultInjectorTests
{
    [Fact]
    public void Faults_count_down_and_a_connector_specific_one_goes_first()
    {
        var faults = new FaultInjector();
        faults.Inject(FaultInjector.AnyConnector, new SimulatedFault(SimulatedFaultKind.SlowResponse), requests: 1);
        faults.Inject("A", new SimulatedFault(SimulatedFaultKind.ServerError), requests: 2);

        Assert.Equal(SimulatedFaultKind.ServerError, faults.TakeFor("A")?.Kind);
        Assert.Equal(SimulatedFaultKind.ServerError, faults.TakeFor("A")?.Kind);
        Assert.Equal(SimulatedFaultKind.SlowResponse, faults.TakeFor("A")?.Kind);
        Assert.Null(faults.TakeFor("A"));
        Assert.Null(faults.TakeFor("B"));
    }
}

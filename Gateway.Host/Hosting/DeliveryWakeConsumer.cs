using Gateway.Contracts;
using MassTransit;

namespace Gateway.Host.Hosting;

/// <summary>
/// A validated message wakes the delivery worker at once instead of at its next poll. The worker, not this consumer,
/// does the delivery (from the ledger), so a lost or repeated event changes nothing but latency.
/// </summary>
public sealed class DeliveryWakeConsumer(DeliverySignal signal) : IConsumer<SiviMessageValidated>
{
    public Task Consume(ConsumeContext<SiviMessageValidated> context)
    {
        signal.Signal.Set();
        return Task.CompletedTask;
    }
}

/// <summary>The delivery worker's wake-up signal (its own type so DI keeps it apart from other signals).</summary>
public sealed class DeliverySignal : IDisposable
{
    public WorkSignal Signal { get; } = new();

    public void Dispose() => Signal.Dispose();
}

using Gateway.Host.Coordination;

namespace Gateway.Host.Afas.Sync;

/// <summary>Keeps a lease alive while a long pull runs: renews it at a third of its duration until disposed.</summary>
internal sealed class LeaseRenewal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LeaseRenewal(LeaseStore leases, string name, string holder, TimeSpan duration, TimeProvider clock)
    {
        _loop = RenewAsync(leases, name, holder, duration, clock, _stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _loop.ContinueWith(_ => _stop.Dispose(), TaskScheduler.Default);
    }

    private static async Task RenewAsync(LeaseStore leases, string name, string holder, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await leases.RenewAsync(name, holder, duration, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // disposed: the pull is over
        }
    }
}

using Gateway.Host.Coordination;

namespace Gateway.Host.Ledger;

/// <summary>
/// An account's delivery lease: taken before a run, looked at before each message and renewed there once a third of
/// its duration has passed (a write per message would cost more than the upload), released at the end.
/// </summary>
internal sealed class DeliveryLease(LeaseStore leases, string name, TimeSpan duration, TimeProvider clock)
{
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTimeOffset _renewedUtc;

    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await leases.TryAcquireAsync(name, _holder, duration, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _renewedUtc = now;
        return true;
    }

    /// <summary>True while the lease is ours: renews it when a third of its duration has passed since the last renewal.</summary>
    public async Task<bool> KeepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _renewedUtc < duration / 3)
        {
            return true;
        }
        if (!await leases.RenewAsync(name, _holder, duration, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _renewedUtc = now;
        return true;
    }

    public Task ReleaseAsync() => leases.ReleaseAsync(name, _holder, CancellationToken.None);
}

namespace Gateway.Core.Coordination;

/// <summary>
/// A lease this process holds (from <see cref="LeaseStore.TryHoldAsync"/>), for one unit of work. A heartbeat renews it
/// every third of its duration from the moment it is taken until it is disposed, so it stays held however long a step
/// waits (on AFAS, on a partner's server) and is lost only when this process stops renewing it: it died, or could not
/// reach the database for two thirds of the duration. Workers ask <see cref="KeepAsync"/> at their own safe points
/// (before each message, before each batch) whether it is still theirs. Released on dispose, whatever happened, so the
/// next run need not wait for the expiry.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly LeaseStore _store;
    private readonly string _holder;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;
    private long _renewedTicks;
    private volatile bool _lost;

    internal HeldLease(LeaseStore store, string name, string holder, TimeSpan duration, TimeProvider clock)
    {
        _store = store;
        Name = name;
        _holder = holder;
        _duration = duration;
        _clock = clock;
        _renewedTicks = clock.GetUtcNow().UtcTicks;
        _heartbeat = HeartbeatAsync(_stop.Token);
    }

    public string Name { get; }

    /// <summary>
    /// True while the lease is ours. Renews it here as well when a third of its duration has passed since the last
    /// renewal (the heartbeat is late); false once a renewal found it taken by another after it expired.
    /// </summary>
    public async Task<bool> KeepAsync(CancellationToken cancellationToken)
    {
        if (_lost)
        {
            return false;
        }
        var now = _clock.GetUtcNow();
        return now.UtcTicks - Interlocked.Read(ref _renewedTicks) < (_duration / 3).Ticks
            || await RenewAsync(now, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _heartbeat.ConfigureAwait(false);
        _stop.Dispose();
        await _store.ReleaseAsync(Name, _holder, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<bool> RenewAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await _store.RenewAsync(Name, _holder, _duration, cancellationToken).ConfigureAwait(false))
        {
            _lost = true;
            return false;
        }
        Interlocked.Exchange(ref _renewedTicks, now.UtcTicks);
        return true;
    }

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_duration / 3, _clock);
        try
        {
            while (!_lost && await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await RenewAsync(_clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // the database did not answer: the next tick tries again; should it stay away, the lease expires
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed: the work is over
        }
    }
}

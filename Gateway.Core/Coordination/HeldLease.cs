namespace Gateway.Core.Coordination;

/// <summary>
/// A lease this process holds (from <see cref="LeaseStore.TryHoldAsync"/>), for one unit of work. Kept alive in one of
/// two ways: <see cref="KeepAsync"/> at the worker's own safe points (before each message, after each batch), which
/// renews once a third of the duration has passed and says whether the lease is still ours; or
/// <see cref="RenewInBackground"/> for work without such points (a pull waiting on AFAS). Released on dispose,
/// whatever happened, so the next run need not wait for the expiry.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly LeaseStore _store;
    private readonly string _holder;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _clock;
    private DateTimeOffset _renewed;
    private BackgroundRenewal? _background;

    internal HeldLease(LeaseStore store, string name, string holder, TimeSpan duration, TimeProvider clock)
    {
        _store = store;
        Name = name;
        _holder = holder;
        _duration = duration;
        _clock = clock;
        _renewed = clock.GetUtcNow();
    }

    public string Name { get; }

    /// <summary>True while the lease is ours: renews it when a third of its duration has passed since the last renewal.</summary>
    public async Task<bool> KeepAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (now - _renewed < _duration / 3)
        {
            return true;
        }
        if (!await _store.RenewAsync(Name, _holder, _duration, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _renewed = now;
        return true;
    }

    /// <summary>Renews the lease every third of its duration until the returned handle (or the lease) is disposed.</summary>
    public IDisposable RenewInBackground()
    {
        _background?.Dispose();
        _background = new BackgroundRenewal(_store, Name, _holder, _duration, _clock);
        return _background;
    }

    public async ValueTask DisposeAsync()
    {
        _background?.Dispose();
        await _store.ReleaseAsync(Name, _holder, CancellationToken.None).ConfigureAwait(false);
    }

    private sealed class BackgroundRenewal : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _disposed;

        public BackgroundRenewal(LeaseStore store, string name, string holder, TimeSpan duration, TimeProvider clock) =>
            _loop = RenewAsync(store, name, holder, duration, clock, _stop.Token);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _stop.Cancel();
                _loop.ContinueWith(_ => _stop.Dispose(), TaskScheduler.Default);
            }
        }

        private static async Task RenewAsync(LeaseStore store, string name, string holder, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken)
        {
            using var timer = new PeriodicTimer(duration / 3, clock);
            try
            {
                while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                {
                    await store.RenewAsync(name, holder, duration, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // disposed: the work is over
            }
        }
    }
}

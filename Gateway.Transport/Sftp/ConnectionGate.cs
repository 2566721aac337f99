using System.Diagnostics;

namespace Gateway.Transport.Sftp;

/// <summary>
/// One libssh session may be used by one thread at a time. The gate admits one operation at a time (SemaphoreSlim,
/// FIFO-ish, async wait) and runs its blocking native work on the thread pool: inline when the caller already is on a
/// pool thread (a hop to another pool thread would block that one just the same, and costs a wake-up per call, which
/// on a busy machine is most of a small file's time), else handed to the pool. When the caller cancels while the work
/// is blocked inside libssh, the gate waits a grace period and then invokes the abort action (which shuts the socket
/// down so the call returns); work that finishes within the grace period is never aborted.
/// </summary>
internal sealed class ConnectionGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long _lastActivity = Stopwatch.GetTimestamp();

    public async Task<T> RunAsync<T>(string operation, Func<T> work, Action<string> abort, TimeSpan grace, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var running = new RunningOperation(operation, abort);
            using var registration = cancellationToken.CanBeCanceled
                ? cancellationToken.Register(() => running.AbortAfter(grace))
                : default;
            try
            {
                return Thread.CurrentThread.IsThreadPoolThread ? work() : await Task.Run(work, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                running.Complete();
                Volatile.Write(ref _lastActivity, Stopwatch.GetTimestamp());
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> inline when no operation is running and none ran for <paramref name="idleFor"/>.</summary>
    public bool TryRunWhenIdle(TimeSpan idleFor, Action work)
    {
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastActivity)) < idleFor || !_turn.Wait(0))
        {
            return false;
        }
        try
        {
            work();
            Volatile.Write(ref _lastActivity, Stopwatch.GetTimestamp());
            return true;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Waits until no operation runs and keeps others out for good (before the handles are freed).</summary>
    public void Close() => _turn.Wait();

    /// <inheritdoc cref="Close"/>
    public Task CloseAsync() => _turn.WaitAsync();

    public void Dispose() => _turn.Dispose();

    private sealed class RunningOperation(string operation, Action<string> abort)
    {
        private readonly Lock _lock = new();
        private bool _completed;

        public void AbortAfter(TimeSpan grace) =>
            _ = Task.Delay(grace).ContinueWith(_ => AbortIfRunning(), TaskScheduler.Default);

        public void Complete()
        {
            lock (_lock)
            {
                _completed = true;
            }
        }

        private void AbortIfRunning()
        {
            lock (_lock)
            {
                if (!_completed)
                {
                    abort(operation);
                }
            }
        }
    }
}

namespace Gateway.Core.Tests.Bus;

/// <summary>What the test consumers received, with a way to wait for a particular message.</summary>
public sealed class MessageInbox
{
    private readonly Lock _gate = new();
    private readonly List<object> _received = [];
    private readonly List<(Func<object, bool> Match, TaskCompletionSource<object> Found)> _waiters = [];
    private readonly Dictionary<Guid, int> _attempts = [];

    public void Add(object message)
    {
        lock (_gate)
        {
            _received.Add(message);
            foreach (var waiter in _waiters.Where(w => w.Match(message)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(message);
            }
        }
    }

    /// <summary>Counts an attempt to handle the message with this id; returns the attempt number (1 for the first).</summary>
    public int CountAttempt(Guid id)
    {
        lock (_gate)
        {
            _attempts[id] = _attempts.GetValueOrDefault(id) + 1;
            return _attempts[id];
        }
    }

    public int Attempts(Guid id)
    {
        lock (_gate)
        {
            return _attempts.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<T> All<T>()
    {
        lock (_gate)
        {
            return [.. _received.OfType<T>()];
        }
    }

    public async Task<T> WaitForAsync<T>(Func<T, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_received.OfType<T>().FirstOrDefault(match) is { } already)
            {
                return already;
            }
            _waiters.Add((m => m is T typed && match(typed), found));
        }
        using var registration = cancellationToken.Register(() => found.TrySetCanceled(cancellationToken));
        return (T)await found.Task;
    }
}

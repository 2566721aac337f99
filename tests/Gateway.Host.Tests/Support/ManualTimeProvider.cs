namespace Gateway.Host.Tests.Support;

/// <summary>
/// A clock that moves only when the test says so. Timers (and so <c>Task.Delay(…, timeProvider)</c>) fire during
/// <see cref="Advance"/>, in due order; <see cref="WaitForTimerAsync"/> lets a test wait until code under test is
/// waiting on one.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<DateTimeOffset, bool> Match, TaskCompletionSource<DateTimeOffset> Found)> _waiters = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that comes due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }
        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (due is null)
                {
                    _now = target;
                    return;
                }
                _now = due.DueAt!.Value;
                due.Fired();
            }
            due.Invoke();
        }
    }

    /// <summary>Moves the clock to an instant, firing timers on the way.</summary>
    public void AdvanceTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());

    /// <summary>Completes when a timer is (or becomes) armed to fire at an instant matching <paramref name="match"/>.</summary>
    public async Task<DateTimeOffset> WaitForTimerAsync(Func<DateTimeOffset, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_timers.FirstOrDefault(t => t.DueAt is { } at && match(at)) is { DueAt: { } armed })
            {
                return armed;
            }
            _waiters.Add((match, found));
        }
        using var registration = cancellationToken.Register(() => found.TrySetCanceled(cancellationToken));
        return await found.Task;
    }

    private void Arm(ManualTimer timer, DateTimeOffset? dueAt)
    {
        lock (_gate)
        {
            timer.DueAt = dueAt;
            _timers.Remove(timer);
            if (dueAt is not { } at)
            {
                return;
            }
            _timers.Add(timer);
            foreach (var waiter in _waiters.Where(w => w.Match(at)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(at);
            }
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            owner.Arm(this, dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + dueTime);
            return true;
        }

        /// <summary>Called under the owner's lock: re-arms a periodic timer, disarms a one-shot one.</summary>
        public void Fired()
        {
            var next = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? (DateTimeOffset?)null : DueAt + _period;
            owner.Arm(this, next);
        }

        public void Invoke() => callback(state);

        public void Dispose() => owner.Arm(this, null);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

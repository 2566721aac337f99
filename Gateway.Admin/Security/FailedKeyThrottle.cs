namespace Gateway.Admin.Security;

/// <summary>
/// Makes guessing API keys slow: per client address, once <see cref="AdminOptions.FailedKeyLimit"/> unknown keys came
/// within <see cref="AdminOptions.FailedKeyWindowMinutes"/> of the first, every key from that address is refused
/// unchecked (API: 429 with Retry-After; UI: the login page says so) until that window ends. A known key does not
/// reset the count, so one valid key cannot cover guessing at another. Tracks at most
/// <see cref="MaxAddresses"/> addresses at a time; past that it forgets the expired ones, and if all are current,
/// all of them (it then fails open rather than grow without bound). Thread-safe.
/// </summary>
internal sealed class FailedKeyThrottle(AdminOptions options, TimeProvider clock)
{
    public const int MaxAddresses = 100_000;

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private TimeSpan Length => TimeSpan.FromMinutes(options.FailedKeyWindowMinutes);

    /// <summary>How long <paramref name="address"/> must wait before a key is checked again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_windows.TryGetValue(address, out var window) || window.Failures < options.FailedKeyLimit)
            {
                return null;
            }
            var ends = window.Started + Length;
            if (ends <= now)
            {
                _windows.Remove(address);
                return null;
            }
            return ends - now;
        }
    }

    /// <summary>Counts an unknown key from <paramref name="address"/>; true when this one reached the limit (log it once).</summary>
    public bool Failed(string address)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_windows.TryGetValue(address, out var window) || window.Started + Length <= now)
            {
                if (_windows.Count >= MaxAddresses)
                {
                    Forget(now);
                }
                window = new Window(now, 0);
            }
            window = window with { Failures = window.Failures + 1 };
            _windows[address] = window;
            return window.Failures == options.FailedKeyLimit;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (address, window) in _windows.ToList())
        {
            if (window.Started + Length <= now)
            {
                _windows.Remove(address);
            }
        }
        if (_windows.Count >= MaxAddresses)
        {
            _windows.Clear();
        }
    }

    private readonly record struct Window(DateTimeOffset Started, int Failures);
}

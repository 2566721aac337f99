using System.Diagnostics;

namespace Gateway.Transport.Sftp;

/// <summary>
/// Enforces the operation timeout that libssh 0.10 does not: in blocking mode it waits for an SFTP reply forever
/// (SSH_OPTIONS_TIMEOUT only bounds connect). While an operation runs, every completed native call counts as
/// progress; when none completed for <c>limit</c>, the watchdog calls <c>expire</c> once (which shuts the socket
/// down, so the blocked call returns with an error). A long transfer that keeps moving chunks never expires.
/// </summary>
internal sealed class BlockingCallWatchdog : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeSpan _limit;
    private readonly Action<string> _expire;
    private readonly Timer _timer;
    private string? _operation;
    private long _lastProgress;

    public BlockingCallWatchdog(TimeSpan limit, Action<string> expire)
    {
        _limit = limit;
        _expire = expire;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(limit.TotalMilliseconds / 4, 50, 1000));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    /// <summary>Whether the watchdog expired an operation (the connection is then unusable).</summary>
    public bool Expired { get; private set; }

    public void Begin(string operation)
    {
        lock (_lock)
        {
            _operation = operation;
            _lastProgress = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>A native call returned: the server is answering.</summary>
    public void Progress() => Volatile.Write(ref _lastProgress, Stopwatch.GetTimestamp());

    public void End()
    {
        lock (_lock)
        {
            _operation = null;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        lock (_lock)
        {
            if (_operation is null || Expired || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastProgress)) < _limit)
            {
                return;
            }
            Expired = true;
            _expire(_operation);
        }
    }
}

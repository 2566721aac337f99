using System.Diagnostics;

namespace Gateway.Transport.Sftp;

/// <summary>
/// Enforces the operation timeout that libssh 0.10 does not (in blocking mode it waits for an SFTP reply forever;
/// SSH_OPTIONS_TIMEOUT only bounds connect), and the same "no reply for N s" rule on SSH.NET connections. While one
/// or more operations run, every reply (a completed native call, a written chunk) counts as progress; when none came
/// for <c>limit</c>, the watchdog calls <c>expire</c> once (which shuts the socket down or aborts the session, so the
/// waiting calls return with an error). A long transfer that keeps moving chunks never expires.
/// </summary>
internal sealed class BlockingCallWatchdog : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeSpan _limit;
    private readonly Action<string> _expire;
    private readonly Timer _timer;
    private string? _operation;
    private int _running;
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

    /// <summary>An operation starts waiting for the server; the clock starts when it is the only one running.</summary>
    public void Begin(string operation)
    {
        lock (_lock)
        {
            _operation = operation;
            if (_running++ == 0)
            {
                _lastProgress = Stopwatch.GetTimestamp();
            }
        }
    }

    /// <summary>A native call returned: the server is answering.</summary>
    public void Progress() => Volatile.Write(ref _lastProgress, Stopwatch.GetTimestamp());

    /// <summary>An operation finished (its reply came, which counts as progress for the others still waiting).</summary>
    public void End()
    {
        lock (_lock)
        {
            _lastProgress = Stopwatch.GetTimestamp();
            if (--_running == 0)
            {
                _operation = null;
            }
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        lock (_lock)
        {
            if (_running == 0 || _operation is null || Expired || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastProgress)) < _limit)
            {
                return;
            }
            Expired = true;
            _expire(_operation);
        }
    }
}

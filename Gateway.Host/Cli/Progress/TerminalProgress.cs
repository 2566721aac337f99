namespace Gateway.Host.Cli.Progress;

/// <summary>
/// One status line that updates in place while a long command works (<c>validated 1,200 of 4,000 files</c>), for
/// a person watching a terminal. It is on only when its writer is the console's standard output and that is a terminal
/// (<see cref="Console.IsOutputRedirected"/> false); otherwise — a file, a pipe, a test's writer — it writes nothing at
/// all, so what scripts read stays exactly as it was. The line is redrawn at most every <see cref="Interval"/>, and
/// cleared before other output is written (<see cref="Clear"/>) and at the end (<see cref="Dispose"/>).
/// </summary>
public sealed class TerminalProgress : IDisposable
{
    /// <summary>Carriage return, then "erase to the end of the line": the line is rewritten in place.</summary>
    private const string Rewind = "\r\u001b[K";

    private readonly TextWriter _output;
    private readonly TimeProvider _clock;
    private long? _drawnAt;
    private bool _shown;

    public TerminalProgress(TextWriter output, bool enabled, TimeProvider? clock = null, TimeSpan? interval = null)
    {
        _output = output;
        Enabled = enabled;
        _clock = clock ?? TimeProvider.System;
        Interval = interval ?? TimeSpan.FromMilliseconds(100);
    }

    /// <summary>Whether anything is ever written.</summary>
    public bool Enabled { get; }

    /// <summary>Least time between two redraws.</summary>
    public TimeSpan Interval { get; }

    /// <summary>On when <paramref name="output"/> is the console's standard output and that is a terminal.</summary>
    public static TerminalProgress For(TextWriter output) => new(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    /// <summary>Shows <paramref name="text"/> unless the line was drawn less than <see cref="Interval"/> ago (or <paramref name="force"/>).</summary>
    public void Report(string text, bool force = false)
    {
        if (!Enabled)
        {
            return;
        }
        var now = _clock.GetTimestamp();
        if (!force && _drawnAt is { } last && _clock.GetElapsedTime(last, now) < Interval)
        {
            return;
        }
        _drawnAt = now;
        _shown = true;
        _output.Write(Rewind + text);
        _output.Flush();
    }

    /// <summary>Removes the line, if one is shown, so the next output starts on a clean line.</summary>
    public void Clear()
    {
        if (!_shown)
        {
            return;
        }
        _shown = false;
        _output.Write(Rewind);
        _output.Flush();
    }

    /// <summary>
    /// Awaits <paramref name="work"/>, redrawing <paramref name="text"/> (given the time so far) every second meanwhile;
    /// just awaits it when off.
    /// </summary>
    public async Task<T> WhileAsync<T>(Task<T> work, Func<TimeSpan, string> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Enabled)
        {
            return await work.ConfigureAwait(false);
        }
        var started = _clock.GetUtcNow();
        while (!work.IsCompleted)
        {
            Report(text(_clock.GetUtcNow() - started), force: true);
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1), _clock, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        Clear();
        return await work.ConfigureAwait(false);
    }

    public void Dispose() => Clear();
}

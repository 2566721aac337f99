namespace Gateway.Host.Hosting;

/// <summary>Wakes an idle worker before its poll interval is over (several wake-ups while it works count as one).</summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }

    /// <summary>Waits for a wake-up or until <paramref name="timeout"/>, whichever is first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

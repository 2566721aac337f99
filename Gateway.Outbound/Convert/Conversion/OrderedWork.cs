namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// Runs independent units of work (an employee, a case) in parallel, each into its own result, and hands the results
/// on in input order, so output order does not depend on timing. At most a small window of units is started but not
/// yet handed on, so a run of any size holds only that window's messages.
/// </summary>
public static class OrderedWork
{
    /// <summary>Units started but not yet handed on, per unit of parallelism.</summary>
    private static readonly int WindowPerDegree = 16;

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>When a unit or <paramref name="into"/> throws, the units still running are cancelled and awaited, then the exception is rethrown.</remarks>
    public static async Task RunAsync<T>(IReadOnlyList<T> items, int degree, IConversionSink into,
        Func<T, ConversionResult, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        degree = Math.Max(1, degree);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(degree);
        var window = new Queue<Task<ConversionResult>>();
        try
        {
            foreach (var item in items)
            {
                if (window.Count == degree * WindowPerDegree)
                {
                    await into.AddAsync(await window.Dequeue().ConfigureAwait(false), stop.Token).ConfigureAwait(false);
                }
                await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                // not cancellable before it starts: a started unit always gives its slot back
                window.Enqueue(Task.Run(() => RunUnitAsync(item, work, slots, stop.Token), CancellationToken.None));
            }
            while (window.Count > 0)
            {
                await into.AddAsync(await window.Dequeue().ConfigureAwait(false), stop.Token).ConfigureAwait(false);
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var pending in window)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            throw;
        }
    }

    private static async Task<ConversionResult> RunUnitAsync<T>(T item, Func<T, ConversionResult, CancellationToken, Task> work,
        SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            var result = new ConversionResult();
            await work(item, result, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            slots.Release();
        }
    }
}

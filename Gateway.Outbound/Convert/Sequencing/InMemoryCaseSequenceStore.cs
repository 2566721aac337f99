using System.Collections.Concurrent;

namespace Gateway.Outbound.Convert.Sequencing;

/// <summary>Sequence numbers held in memory: for offline conversion and tests. Thread-safe.</summary>
public sealed class InMemoryCaseSequenceStore : ICaseSequenceStore
{
    private readonly ConcurrentDictionary<string, StrongBox> _cases = new(StringComparer.Ordinal);

    public Task<int> LastAsync(string caseKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_cases.TryGetValue(caseKey, out var box) ? Volatile.Read(ref box.Value) : 0);
    }

    public Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var box = _cases.GetOrAdd(caseKey, _ => new StrongBox());
        return Task.FromResult(Interlocked.CompareExchange(ref box.Value, number, number - 1) == number - 1);
    }

    private sealed class StrongBox
    {
        public int Value;
    }
}

namespace Afas.Simulator.Data;

/// <summary>
/// SplitMix64: a tiny deterministic generator. The same (seed, stream, entity, variant) yields the same sequence
/// on every platform and runtime, which is what makes the dataset byte-identical per seed.
/// </summary>
internal sealed class SimRandom
{
    private ulong _state;

    private SimRandom(ulong state) => _state = state;

    public static SimRandom For(long seed, SimStream stream, long entity, long variant = 0)
    {
        var h = Mix(unchecked((ulong)seed) ^ 0x9E3779B97F4A7C15UL);
        h = Mix(h ^ (ulong)stream);
        h = Mix(h ^ unchecked((ulong)entity));
        h = Mix(h ^ unchecked((ulong)variant));
        return new SimRandom(h);
    }

    public static ulong Mix(ulong value)
    {
        var z = value;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>0 &lt;= result &lt; maxExclusive (0 when maxExclusive &lt;= 1).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An exponentially distributed whole number of days with the given mean, at least 1.</summary>
    public int NextGapDays(double meanDays) => 1 + (int)(-Math.Log(1.0 - NextDouble()) * meanDays);

    /// <summary>A wall-clock moment on <paramref name="date"/> during office hours (07:00-19:59).</summary>
    public DateTime MomentOn(DateOnly date) =>
        date.ToDateTime(new TimeOnly(7, 0)).AddSeconds(Next(13 * 3600));
}

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Derives per-document seeds from a base seed and names with FNV-1a, which (unlike string.GetHashCode) is the same
/// in every process, so a corpus is reproducible run after run.
/// </summary>
internal static class StableSeed
{
    public static int Of(int seed, params string[] parts)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)seed;
            foreach (var part in parts)
            {
                foreach (var c in part)
                {
                    hash = (hash ^ c) * 16777619u;
                }
                hash = (hash ^ 0x1F) * 16777619u;
            }
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}

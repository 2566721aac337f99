namespace Sivi.Conformance.Tests.Corpus;

/// <summary>How many times each declared element occurs in a generated document.</summary>
internal delegate int OccurrencePlan(ElementModel element);

/// <summary>The occurrence plans the corpus is built from.</summary>
internal static class OccurrencePlans
{
    /// <summary>Only what is required, each at minOccurs.</summary>
    public static OccurrencePlan Minimal { get; } = e => e.MinOccurs;

    /// <summary>Every element present, repeatable ones once (or minOccurs).</summary>
    public static OccurrencePlan Single { get; } = e => Math.Max(1, e.MinOccurs);

    /// <summary>Every element present, repeatable ones <paramref name="repeated"/> times within their bounds.</summary>
    public static OccurrencePlan Full(int repeated) =>
        e => e.IsRepeatable ? Math.Clamp(repeated, Math.Max(1, e.MinOccurs), e.MaxOccurs ?? int.MaxValue) : 1;

    /// <summary>
    /// Minimal, except that the elements at <paramref name="forced"/> and their ancestors are present, and the element
    /// at <paramref name="countedPath"/> occurs <paramref name="count"/> times.
    /// </summary>
    public static OccurrencePlan Focus(IReadOnlyCollection<string> forced, string? countedPath = null, int count = 1) =>
        e => string.Equals(e.Path, countedPath, StringComparison.Ordinal) ? count
            : forced.Any(e.IsOnPathTo) ? Math.Max(1, e.MinOccurs)
            : e.MinOccurs;
}

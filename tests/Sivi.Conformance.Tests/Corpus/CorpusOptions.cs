namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Size knobs of the valid corpus.</summary>
public sealed record CorpusOptions
{
    public static CorpusOptions Default { get; } = new();

    /// <summary>How often a repeatable element occurs in the <c>full-NN</c> documents (kept within its bounds).</summary>
    public int RepeatedOccurs { get; init; } = 2;

    /// <summary>How often an element with maxOccurs="unbounded" occurs in its <c>max-occurs</c> document.</summary>
    public int UnboundedOccurs { get; init; } = 3;
}

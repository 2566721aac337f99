namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Which end of a value's allowed length (or digit count) a generated value aims at.</summary>
internal enum LengthGoal
{
    /// <summary>The shortest value the facets allow (empty when nothing forbids it).</summary>
    Min,

    /// <summary>Exactly maxLength / length, or the most digits totalDigits allows.</summary>
    Max,

    /// <summary>A seeded random length between the two.</summary>
    Random,
}

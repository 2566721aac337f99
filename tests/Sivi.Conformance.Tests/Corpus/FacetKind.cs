namespace Sivi.Conformance.Tests.Corpus;

/// <summary>A constraint a simple value can violate: the built-in type's lexical space or one restriction facet.</summary>
public enum FacetKind
{
    /// <summary>Not a value of the built-in base type at all (e.g. "2023-02-30" for xsd:date).</summary>
    Lexical,
    Length,
    MinLength,
    MaxLength,
    Pattern,
    Enumeration,
    TotalDigits,
    FractionDigits,
    MinInclusive,
    MaxInclusive,
    MinExclusive,
    MaxExclusive,
}

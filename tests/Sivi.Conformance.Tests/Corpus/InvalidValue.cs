namespace Sivi.Conformance.Tests.Corpus;

/// <summary>An invalid value and every facet it breaks.</summary>
internal sealed record InvalidValue(string Value, IReadOnlySet<FacetKind> Violated);

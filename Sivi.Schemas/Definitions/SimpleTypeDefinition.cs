namespace Sivi.Schemas.Definitions;

/// <summary>A leaf's value space in one release: a base type restricted by facets.</summary>
/// <param name="Name">The shared type's name (from types.sivi), or null for a type written on the element itself.</param>
public sealed record SimpleTypeDefinition(
    string? Name,
    SiviBaseType Base,
    int? Length,
    int? MinLength,
    int? MaxLength,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Enumeration,
    int? TotalDigits,
    int? FractionDigits,
    decimal? MinInclusive)
{
    public bool HasFacets =>
        Length is not null || MinLength is not null || MaxLength is not null || Patterns.Count > 0
        || Enumeration.Count > 0 || TotalDigits is not null || FractionDigits is not null || MinInclusive is not null;
}

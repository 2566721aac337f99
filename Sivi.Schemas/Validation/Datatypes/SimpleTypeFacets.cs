using System.Globalization;
using System.Xml.Schema;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// The facets of a simple type's restriction chain, read from the most derived step down to the built-in base (a
/// derived bound wins; patterns form one group per step, enumerations come from the most derived step that has them).
/// Null when the chain uses anything else (other facets, unreadable facet values, lists, unions), which the gateway's
/// own checks leave to the framework.
/// </summary>
internal sealed class SimpleTypeFacets
{
    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public WhiteSpaceHandling? WhiteSpace { get; private set; }

    public List<List<string>> PatternGroups { get; } = [];

    public List<string> Enumeration { get; private set; } = [];

    public int? TotalDigits { get; private set; }

    public int? FractionDigits { get; private set; }

    public decimal? MinInclusive { get; private set; }

    public decimal? MaxInclusive { get; private set; }

    public decimal? MinExclusive { get; private set; }

    public decimal? MaxExclusive { get; private set; }

    public bool IsEmpty => !HasStringFacets && !HasNumericFacets;

    /// <summary>Length, whiteSpace, pattern or enumeration facets.</summary>
    public bool HasStringFacets => MinLength is not null || MaxLength is not null || WhiteSpace is not null || PatternGroups.Count > 0 || Enumeration.Count > 0;

    /// <summary>Digit-count or range facets.</summary>
    public bool HasNumericFacets =>
        TotalDigits is not null || FractionDigits is not null || MinInclusive is not null || MaxInclusive is not null || MinExclusive is not null || MaxExclusive is not null;

    public static SimpleTypeFacets? Read(XmlSchemaSimpleType type)
    {
        var facets = new SimpleTypeFacets();
        for (var step = type; !IsBuiltIn(step); step = step.BaseXmlSchemaType as XmlSchemaSimpleType)
        {
            if (step?.Content is not XmlSchemaSimpleTypeRestriction restriction || !facets.AddStep(restriction))
            {
                return null;
            }
        }
        return facets;
    }

    private static bool IsBuiltIn(XmlSchemaSimpleType? type) =>
        type is not null && string.Equals(type.QualifiedName.Namespace, XmlSchema.Namespace, StringComparison.Ordinal);

    private bool AddStep(XmlSchemaSimpleTypeRestriction restriction)
    {
        var patterns = new List<string>();
        var enumeration = new List<string>();
        foreach (var facet in restriction.Facets)
        {
            switch (facet)
            {
                case XmlSchemaLengthFacet length when Count(length.Value) is { } exact:
                    MinLength ??= exact;
                    MaxLength ??= exact;
                    break;
                case XmlSchemaMinLengthFacet min when Count(min.Value) is { } least:
                    MinLength ??= least;
                    break;
                case XmlSchemaMaxLengthFacet max when Count(max.Value) is { } most:
                    MaxLength ??= most;
                    break;
                case XmlSchemaTotalDigitsFacet total when Count(total.Value) is { } digits:
                    TotalDigits ??= digits;
                    break;
                case XmlSchemaFractionDigitsFacet fraction when Count(fraction.Value) is { } digits:
                    FractionDigits ??= digits;
                    break;
                case XmlSchemaMinInclusiveFacet bound when Number(bound.Value) is { } value:
                    MinInclusive ??= value;
                    break;
                case XmlSchemaMaxInclusiveFacet bound when Number(bound.Value) is { } value:
                    MaxInclusive ??= value;
                    break;
                case XmlSchemaMinExclusiveFacet bound when Number(bound.Value) is { } value:
                    MinExclusive ??= value;
                    break;
                case XmlSchemaMaxExclusiveFacet bound when Number(bound.Value) is { } value:
                    MaxExclusive ??= value;
                    break;
                case XmlSchemaPatternFacet pattern when pattern.Value is not null:
                    patterns.Add(pattern.Value);
                    break;
                case XmlSchemaEnumerationFacet value when value.Value is not null:
                    enumeration.Add(value.Value);
                    break;
                case XmlSchemaWhiteSpaceFacet whiteSpace:
                    WhiteSpace ??= whiteSpace.Value switch
                    {
                        "preserve" => WhiteSpaceHandling.Preserve,
                        "replace" => WhiteSpaceHandling.Replace,
                        "collapse" => WhiteSpaceHandling.Collapse,
                        _ => null,
                    };
                    break;
                default:
                    return false;
            }
        }
        if (patterns.Count > 0)
        {
            PatternGroups.Add(patterns);
        }
        if (Enumeration.Count == 0 && enumeration.Count > 0)
        {
            Enumeration = enumeration;
        }
        return true;
    }

    private static int? Count(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static decimal? Number(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}

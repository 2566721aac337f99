using System.Globalization;
using System.Xml.Schema;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// The length, pattern, enumeration and whiteSpace facets of a simple type's restriction chain, read from the most
/// derived step down to the built-in base (a derived length bound wins; patterns form one group per step, enumerations
/// come from the most derived step that has them). Null when the chain uses anything else (other facets, lists,
/// unions), which <see cref="SimpleValueRule"/> leaves to the framework.
/// </summary>
internal sealed class SimpleTypeFacets
{
    public int? MinLength { get; private set; }

    public int? MaxLength { get; private set; }

    public WhiteSpaceHandling? WhiteSpace { get; private set; }

    public List<List<string>> PatternGroups { get; } = [];

    public List<string> Enumeration { get; private set; } = [];

    public bool IsEmpty => MinLength is null && MaxLength is null && WhiteSpace is null && PatternGroups.Count == 0 && Enumeration.Count == 0;

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
                case XmlSchemaLengthFacet length when Number(length.Value) is { } exact:
                    MinLength ??= exact;
                    MaxLength ??= exact;
                    break;
                case XmlSchemaMinLengthFacet min when Number(min.Value) is { } least:
                    MinLength ??= least;
                    break;
                case XmlSchemaMaxLengthFacet max when Number(max.Value) is { } most:
                    MaxLength ??= most;
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

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

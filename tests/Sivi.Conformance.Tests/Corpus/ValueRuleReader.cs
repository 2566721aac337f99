using System.Globalization;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Collects the facets of a compiled simple type by walking its restriction chain from the most derived step down to
/// the built-in base. The most derived value of a facet wins (XSD requires derived facets to be at least as strict);
/// patterns accumulate as one group per step.
/// </summary>
internal static class ValueRuleReader
{
    public static ValueRule Read(XmlSchemaSimpleType type, string path)
    {
        var datatype = type.Datatype ?? throw new NotSupportedException($"{path}: simple type has no datatype");
        if (datatype.Variety != XmlSchemaDatatypeVariety.Atomic)
        {
            throw new NotSupportedException($"{path}: {datatype.Variety} simple types are not supported");
        }
        var facets = new Facets();
        for (var step = type; !IsBuiltIn(step); step = (XmlSchemaSimpleType)step.BaseXmlSchemaType!)
        {
            if (step.Content is not XmlSchemaSimpleTypeRestriction restriction)
            {
                throw new NotSupportedException($"{path}: only restrictions are supported");
            }
            facets.AddStep(restriction.Facets.Cast<XmlSchemaFacet>(), path);
        }
        var kind = KindOf(datatype.TypeCode, path);
        var bounded = facets.MinInclusive ?? facets.MaxInclusive ?? facets.MinExclusive ?? facets.MaxExclusive;
        if (bounded is not null && kind is not (ValueKind.Integer or ValueKind.Decimal))
        {
            throw new NotSupportedException($"{path}: range facets on {datatype.TypeCode} are not supported");
        }
        return new ValueRule
        {
            Path = path,
            TypeCode = datatype.TypeCode,
            Kind = kind,
            Length = facets.Length,
            MinLength = facets.MinLength,
            MaxLength = facets.MaxLength,
            PatternGroups = facets.PatternGroups,
            Enumeration = facets.Enumeration ?? [],
            TotalDigits = facets.TotalDigits,
            FractionDigits = facets.FractionDigits,
            MinInclusive = facets.MinInclusive,
            MaxInclusive = facets.MaxInclusive,
            MinExclusive = facets.MinExclusive,
            MaxExclusive = facets.MaxExclusive,
            Datatype = datatype,
        };
    }

    private static bool IsBuiltIn(XmlSchemaSimpleType type) =>
        string.Equals(type.QualifiedName.Namespace, XmlSchema.Namespace, StringComparison.Ordinal);

    private static ValueKind KindOf(XmlTypeCode code, string path) => code switch
    {
        XmlTypeCode.String or XmlTypeCode.NormalizedString or XmlTypeCode.Token => ValueKind.String,
        XmlTypeCode.Decimal => ValueKind.Decimal,
        XmlTypeCode.Integer or XmlTypeCode.NonNegativeInteger or XmlTypeCode.PositiveInteger
            or XmlTypeCode.Long or XmlTypeCode.Int or XmlTypeCode.Short or XmlTypeCode.Byte
            or XmlTypeCode.UnsignedLong or XmlTypeCode.UnsignedInt or XmlTypeCode.UnsignedShort
            or XmlTypeCode.UnsignedByte => ValueKind.Integer,
        XmlTypeCode.Date => ValueKind.Date,
        XmlTypeCode.Time => ValueKind.Time,
        XmlTypeCode.DateTime => ValueKind.DateTime,
        _ => throw new NotSupportedException($"{path}: built-in type {code} is not supported"),
    };

    private sealed class Facets
    {
        public int? Length { get; private set; }

        public int? MinLength { get; private set; }

        public int? MaxLength { get; private set; }

        public int? TotalDigits { get; private set; }

        public int? FractionDigits { get; private set; }

        public decimal? MinInclusive { get; private set; }

        public decimal? MaxInclusive { get; private set; }

        public decimal? MinExclusive { get; private set; }

        public decimal? MaxExclusive { get; private set; }

        public List<IReadOnlyList<string>> PatternGroups { get; } = [];

        public IReadOnlyList<string>? Enumeration { get; private set; }

        public void AddStep(IEnumerable<XmlSchemaFacet> facets, string path)
        {
            var patterns = new List<string>();
            var enumeration = new List<string>();
            foreach (var facet in facets)
            {
                var value = facet.Value ?? "";
                switch (facet)
                {
                    case XmlSchemaLengthFacet:
                        Length ??= Int(value);
                        break;
                    case XmlSchemaMinLengthFacet:
                        MinLength ??= Int(value);
                        break;
                    case XmlSchemaMaxLengthFacet:
                        MaxLength ??= Int(value);
                        break;
                    case XmlSchemaTotalDigitsFacet:
                        TotalDigits ??= Int(value);
                        break;
                    case XmlSchemaFractionDigitsFacet:
                        FractionDigits ??= Int(value);
                        break;
                    case XmlSchemaMinInclusiveFacet:
                        MinInclusive ??= Number(value);
                        break;
                    case XmlSchemaMaxInclusiveFacet:
                        MaxInclusive ??= Number(value);
                        break;
                    case XmlSchemaMinExclusiveFacet:
                        MinExclusive ??= Number(value);
                        break;
                    case XmlSchemaMaxExclusiveFacet:
                        MaxExclusive ??= Number(value);
                        break;
                    case XmlSchemaPatternFacet:
                        patterns.Add(value);
                        break;
                    case XmlSchemaEnumerationFacet:
                        enumeration.Add(value);
                        break;
                    case XmlSchemaWhiteSpaceFacet:
                        // Generated values contain no whitespace, so whiteSpace normalisation never changes them.
                        break;
                    default:
                        throw new NotSupportedException($"{path}: facet {facet.GetType().Name} is not supported");
                }
            }
            if (patterns.Count > 0)
            {
                PatternGroups.Add(patterns);
            }
            if (enumeration.Count > 0)
            {
                Enumeration ??= enumeration;
            }
        }

        private static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

        private static decimal Number(string value) =>
            decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}

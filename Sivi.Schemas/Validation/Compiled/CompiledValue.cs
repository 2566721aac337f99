using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml.Schema;
using Sivi.Schemas.Validation.Datatypes;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// The quick pass's check of one simple type's values. <see cref="Accepts"/> is true only for a value the full
/// validation (the framework's datatype and facet checks, with the gateway's own <see cref="SimpleValueRule"/> where
/// that decides) certainly accepts; anything it is not sure of — white space around a number, a sign, characters
/// outside the Basic Multilingual Plane, a final line feed — gets false, and the document goes to the full validation.
/// Covers xs:string (with length, pattern and enumeration facets), xs:decimal and the integer types (with digit-count,
/// range and pattern facets), and xs:date and xs:time without facets.
/// </summary>
internal sealed class CompiledValue
{
    private readonly Kind _kind;
    private readonly SimpleTypeFacets _facets;
    private readonly Func<string, bool>[] _patterns;
    private readonly string[] _enumeration;

    private readonly decimal? _largest;

    private CompiledValue(Kind kind, SimpleTypeFacets facets, Func<string, bool>[] patterns, decimal? largest)
    {
        _kind = kind;
        _largest = largest;
        _facets = facets;
        _patterns = patterns;
        _enumeration = [.. facets.Enumeration];
    }

    private enum Kind
    {
        String,
        Decimal,
        Integer,
        PositiveInteger,
        Date,
        Time,
    }

    /// <summary>The check for <paramref name="type"/>, or null when the quick pass does not cover it.</summary>
    public static CompiledValue? For(XmlSchemaSimpleType type)
    {
        if (type.Datatype is not { Variety: XmlSchemaDatatypeVariety.Atomic } datatype || SimpleTypeFacets.Read(type) is not { } facets)
        {
            return null;
        }
        // the integer types: the largest value each allows (the quick pass takes no signs, so no negative values)
        (Kind? kind, decimal? largest) = datatype.TypeCode switch
        {
            XmlTypeCode.String => (Kind.String, null),
            XmlTypeCode.Decimal => (Kind.Decimal, null),
            XmlTypeCode.Integer or XmlTypeCode.NonNegativeInteger => (Kind.Integer, null),
            XmlTypeCode.PositiveInteger => (Kind.PositiveInteger, null),
            XmlTypeCode.Long => (Kind.Integer, long.MaxValue),
            XmlTypeCode.Int => (Kind.Integer, int.MaxValue),
            XmlTypeCode.Short => (Kind.Integer, short.MaxValue),
            XmlTypeCode.Byte => (Kind.Integer, sbyte.MaxValue),
            XmlTypeCode.UnsignedLong => (Kind.Integer, ulong.MaxValue),
            XmlTypeCode.UnsignedInt => (Kind.Integer, uint.MaxValue),
            XmlTypeCode.UnsignedShort => (Kind.Integer, ushort.MaxValue),
            XmlTypeCode.UnsignedByte => (Kind.Integer, byte.MaxValue),
            XmlTypeCode.Date => (Kind.Date, null),
            XmlTypeCode.Time => (Kind.Time, null),
            _ => ((Kind?)null, (decimal?)null),
        };
        var covered = kind switch
        {
            Kind.String => !facets.HasNumericFacets && facets.WhiteSpace is null or WhiteSpaceHandling.Preserve,
            Kind.Date or Kind.Time => facets.IsEmpty,
            null => false,
            _ => facets.Enumeration.Count == 0 && facets.MinLength is null && facets.MaxLength is null && facets.WhiteSpace is null,
        };
        if (!covered || facets.PatternGroups.Any(group => group.Count != 1))
        {
            return null;
        }
        var patterns = new Func<string, bool>[facets.PatternGroups.Count];
        for (var i = 0; i < patterns.Length; i++)
        {
            if (Pattern(facets.PatternGroups[i][0]) is not { } matches)
            {
                return null;
            }
            patterns[i] = matches;
        }
        return new CompiledValue(kind!.Value, facets, patterns, largest);
    }

    /// <summary>True only when the full validation certainly accepts <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Accepts(string value)
    {
        switch (_kind)
        {
            case Kind.Date:
                return XsdDateTimeLexical.IsDate(value);
            case Kind.Time:
                return XsdDateTimeLexical.IsTime(value);
            case Kind.String:
                return !HasSurrogate(value) && !(_patterns.Length > 0 && value.EndsWith('\n')) && StringFacets(value) && Patterns(value);
            default:
                return Number(value) && Patterns(value);
        }
    }

    private static bool HasSurrogate(string value) => value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StringFacets(string value) =>
        (_facets.MinLength is not { } min || value.Length >= min)
        && (_facets.MaxLength is not { } max || value.Length <= max)
        && (_enumeration.Length == 0 || Array.IndexOf(_enumeration, value) >= 0);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Patterns(string value)
    {
        foreach (var pattern in _patterns)
        {
            if (!pattern(value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Plain digits with at most one decimal point inside (a point only for xs:decimal), no sign or white space, within
    /// the digit-count and range facets (digits counted by value, as both XML Schema and the framework do).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Number(string value)
    {
        var point = -1;
        if (value.Length == 0 || value.Length > 28)
        {
            return false;
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.' && _kind == Kind.Decimal && point < 0 && i > 0 && i < value.Length - 1)
            {
                point = i;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }
        var integer = (point < 0 ? value : value[..point]).TrimStart('0');
        var fraction = point < 0 ? "" : value[(point + 1)..].TrimEnd('0');
        if ((_facets.TotalDigits is { } total && integer.Length + fraction.Length > total)
            || (_facets.FractionDigits is { } fractionDigits && fraction.Length > fractionDigits))
        {
            return false;
        }
        var number = decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return (_kind != Kind.PositiveInteger || number > 0)
            && (_largest is not { } largest || number <= largest)
            && (_facets.MinInclusive is not { } minInclusive || number >= minInclusive)
            && (_facets.MaxInclusive is not { } maxInclusive || number <= maxInclusive)
            && (_facets.MinExclusive is not { } minExclusive || number > minExclusive)
            && (_facets.MaxExclusive is not { } maxExclusive || number < maxExclusive);
    }

    /// <summary>A pattern's check for plain values, or null when its translation may judge differently from the framework.</summary>
    private static Func<string, bool>? Pattern(string pattern)
    {
        if (pattern == @"\D*")
        {
            var digits = CharacterClasses.FrameworkDigits;
            return value => value.AsSpan().IndexOfAny(digits) < 0;
        }
        return XsdRegexTranslator.Translated(pattern) is { MatchesLikeFramework: true } translated ? value => translated.Regex.IsMatch(value) : null;
    }
}

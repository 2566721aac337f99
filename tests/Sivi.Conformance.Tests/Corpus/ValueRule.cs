using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// The effective restriction facets of one simple type, read from the compiled schema, with a facet-by-facet checker
/// (<see cref="Violations"/>) and the schema's own datatype as an oracle (<see cref="Accepts"/>).
/// </summary>
public sealed class ValueRule
{
    private readonly Lazy<IReadOnlyList<IReadOnlyList<Regex>>> _patterns;
    private readonly Lazy<PatternTemplate?> _template;

    internal ValueRule()
    {
        _patterns = new(() => PatternGroups.Select(g => (IReadOnlyList<Regex>)g.Select(XsdRegex.Compile).ToList()).ToList());
        _template = new(() => PatternGroups.Count == 0 ? null : PatternTemplate.Parse(PatternGroups[0][0]));
    }

    /// <summary>The path of the element this rule was read for (used in messages).</summary>
    public string Path { get; internal init; } = "";

    /// <summary>The nearest built-in type the simple type derives from.</summary>
    public XmlTypeCode TypeCode { get; internal init; }

    public ValueKind Kind { get; internal init; }

    public int? Length { get; internal init; }

    public int? MinLength { get; internal init; }

    public int? MaxLength { get; internal init; }

    /// <summary>Patterns per derivation step: a value must match one pattern of every group.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PatternGroups { get; internal init; } = [];

    /// <summary>The enumeration values in declaration order (empty when the type is not a code list).</summary>
    public IReadOnlyList<string> Enumeration { get; internal init; } = [];

    public int? TotalDigits { get; internal init; }

    public int? FractionDigits { get; internal init; }

    public decimal? MinInclusive { get; internal init; }

    public decimal? MaxInclusive { get; internal init; }

    public decimal? MinExclusive { get; internal init; }

    public decimal? MaxExclusive { get; internal init; }

    internal XmlSchemaDatatype Datatype { get; init; } = null!;

    internal PatternTemplate? Template => _template.Value;

    public bool IsNumeric => Kind is ValueKind.Integer or ValueKind.Decimal;

    /// <summary>True when the schema's own datatype (all facets included) accepts <paramref name="value"/>.</summary>
    public bool Accepts(string value) => Parses(Datatype, value);

    /// <summary>Every facet (or the base type's lexical space) that <paramref name="value"/> violates.</summary>
    public IReadOnlySet<FacetKind> Violations(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var violated = new HashSet<FacetKind>();
        var lexical = Parses(XmlSchemaType.GetBuiltInSimpleType(TypeCode)!.Datatype!, value);
        if (!lexical)
        {
            violated.Add(FacetKind.Lexical);
        }
        if (Kind == ValueKind.String)
        {
            AddLengthViolations(CodePoints(value), violated);
        }
        if (_patterns.Value.Any(group => !group.Any(regex => regex.IsMatch(value))))
        {
            violated.Add(FacetKind.Pattern);
        }
        if (Enumeration.Count > 0 && !Enumeration.Any(e => SameValue(e, value)))
        {
            violated.Add(FacetKind.Enumeration);
        }
        if (lexical && IsNumeric)
        {
            AddNumericViolations(value, violated);
        }
        return violated;
    }

    /// <summary>
    /// True when <paramref name="value"/> satisfies every facet; throws when the facet checker and the schema's
    /// datatype disagree, which would mean this rule misread the schema.
    /// </summary>
    public bool IsValid(string value)
    {
        var byFacets = Violations(value).Count == 0;
        var bySchema = Accepts(value);
        return byFacets == bySchema
            ? bySchema
            : throw new InvalidOperationException(
                $"{Path}: facet model says {(byFacets ? "valid" : "invalid")} but the schema datatype says "
                + $"{(bySchema ? "valid" : "invalid")} for '{value}' ({this})");
    }

    public override string ToString()
    {
        var parts = new List<string> { TypeCode.ToString() };
        void Add(string name, object? facet)
        {
            if (facet is not null)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={facet}"));
            }
        }
        Add("length", Length);
        Add("minLength", MinLength);
        Add("maxLength", MaxLength);
        Add("totalDigits", TotalDigits);
        Add("fractionDigits", FractionDigits);
        Add("minInclusive", MinInclusive);
        Add("maxInclusive", MaxInclusive);
        Add("minExclusive", MinExclusive);
        Add("maxExclusive", MaxExclusive);
        parts.AddRange(PatternGroups.Select(g => "pattern=" + string.Join(" | ", g)));
        if (Enumeration.Count > 0)
        {
            parts.Add("enumeration=" + string.Join(",", Enumeration));
        }
        return string.Join(" ", parts);
    }

    internal static int CodePoints(string value) => value.Length - value.Count(char.IsLowSurrogate);

    private static bool Parses(XmlSchemaDatatype datatype, string value)
    {
        try
        {
            datatype.ParseValue(value, nameTable: null, nsmgr: null);
            return true;
        }
        catch (XmlSchemaException)
        {
            return false;
        }
    }

    private void AddLengthViolations(int length, HashSet<FacetKind> violated)
    {
        if (Length is { } exact && length != exact)
        {
            violated.Add(FacetKind.Length);
        }
        if (MinLength is { } min && length < min)
        {
            violated.Add(FacetKind.MinLength);
        }
        if (MaxLength is { } max && length > max)
        {
            violated.Add(FacetKind.MaxLength);
        }
    }

    private void AddNumericViolations(string value, HashSet<FacetKind> violated)
    {
        var (total, fraction) = Digits(value);
        if (TotalDigits is { } maxTotal && total > maxTotal)
        {
            violated.Add(FacetKind.TotalDigits);
        }
        if (FractionDigits is { } maxFraction && fraction > maxFraction)
        {
            violated.Add(FacetKind.FractionDigits);
        }
        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }
        if (number < MinInclusive)
        {
            violated.Add(FacetKind.MinInclusive);
        }
        if (number > MaxInclusive)
        {
            violated.Add(FacetKind.MaxInclusive);
        }
        if (number <= MinExclusive)
        {
            violated.Add(FacetKind.MinExclusive);
        }
        if (number >= MaxExclusive)
        {
            violated.Add(FacetKind.MaxExclusive);
        }
    }

    /// <summary>Significant digits of a decimal lexical value: XSD counts the value, so "007.50" has 2 and 1.</summary>
    internal static (int Total, int Fraction) Digits(string value)
    {
        var unsigned = value.TrimStart('+', '-');
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var integer = (point < 0 ? unsigned : unsigned[..point]).TrimStart('0');
        var fraction = point < 0 ? "" : unsigned[(point + 1)..].TrimEnd('0');
        return (Math.Max(1, integer.Length + fraction.Length), fraction.Length);
    }

    private bool SameValue(string enumerated, string value)
    {
        if (IsNumeric
            && decimal.TryParse(enumerated, NumberStyles.Number, CultureInfo.InvariantCulture, out var left)
            && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var right))
        {
            return left == right;
        }
        return string.Equals(enumerated, value, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Detection;

/// <summary>
/// Applies a <see cref="SchemaMutantKind"/> in memory to an XSD document, at the first place in document order where
/// it changes which messages are valid (facets only on types some element uses, never where a code list makes the
/// facet redundant).
/// </summary>
internal static class SchemaMutants
{
    private static readonly XNamespace Xs = XmlSchema.Namespace;

    /// <returns>Where the schema was changed.</returns>
    public static string Apply(SchemaMutantKind kind, XDocument xsd)
    {
        var prefix = xsd.Root!.GetPrefixOfNamespace(Xs) is { } p ? p + ":" : "";
        return kind switch
        {
            SchemaMutantKind.DropEnumerationValue => Remove(First(Restrictions(xsd).Where(r => r.Elements(Xs + "enumeration").Count() > 1)).Elements(Xs + "enumeration").Last()),
            SchemaMutantKind.ShorterMaxLength => Shift(Facet(xsd, "maxLength", v => v > 1), -1),
            SchemaMutantKind.LongerMaxLength => Shift(Facet(xsd, "maxLength", _ => true), +1),
            SchemaMutantKind.LongerFixedLength => Shift(Facet(xsd, "length", _ => true), +1),
            SchemaMutantKind.DropMinLength => Remove(Facet(xsd, "minLength", v => v > 0)),
            SchemaMutantKind.DropPattern => Remove(First(Restrictions(xsd).Where(NoCodeList).Select(r => r.Element(Xs + "pattern")).OfType<XElement>())),
            SchemaMutantKind.LargerTotalDigits => Shift(First(Restrictions(xsd).Where(r => NoCodeList(r) && r.Element(Xs + "pattern") is null).Select(r => r.Element(Xs + "totalDigits")).OfType<XElement>()), +1),
            SchemaMutantKind.OptionalBecomesRequired => Set(First(Elements(xsd).Where(e => (string?)e.Attribute("minOccurs") == "0")), "minOccurs", null),
            SchemaMutantKind.RequiredBecomesOptional => Set(First(LocalElements(xsd).Where(e => e.Attribute("minOccurs") is null)), "minOccurs", "0"),
            SchemaMutantKind.LowerMaxOccurs => ShiftOccurs(xsd, -1),
            SchemaMutantKind.HigherMaxOccurs => ShiftOccurs(xsd, +1),
            SchemaMutantKind.UnboundedMaxOccurs => Set(First(Elements(xsd).Where(e => MaxOccurs(e) > 1)), "maxOccurs", "unbounded"),
            SchemaMutantKind.BoundedMaxOccurs => Set(First(Elements(xsd).Where(e => (string?)e.Attribute("maxOccurs") == "unbounded")), "maxOccurs", "50"),
            SchemaMutantKind.DateBecomesString => Set(First(Elements(xsd).Where(e => TypeIs(e, "date"))), "type", prefix + "string"),
            SchemaMutantKind.TimeBecomesString => Set(First(Elements(xsd).Where(e => TypeIs(e, "time"))), "type", prefix + "string"),
            SchemaMutantKind.ExtraOptionalElement => AddExtra(First(xsd.Descendants(Xs + "sequence")), prefix),
            SchemaMutantKind.SwappedSiblings => Swap(First(xsd.Descendants(Xs + "sequence").Where(s => s.Elements(Xs + "element").Count() > 1))),
            SchemaMutantKind.RenamedElement => Set(First(LocalElements(xsd)), "name", "Hernoemd"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static IEnumerable<XElement> Elements(XDocument xsd) => xsd.Descendants(Xs + "element");

    private static IEnumerable<XElement> LocalElements(XDocument xsd) => Elements(xsd).Where(e => e.Parent!.Name != Xs + "schema");

    /// <summary>Restrictions of anonymous simple types and of named ones some element refers to.</summary>
    private static IEnumerable<XElement> Restrictions(XDocument xsd)
    {
        var referenced = Elements(xsd).Select(e => ((string?)e.Attribute("type"))?.Split(':')[^1]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return xsd.Descendants(Xs + "restriction").Where(r =>
            r.Parent!.Attribute("name") is not { } name || referenced.Contains(name.Value));
    }

    private static bool NoCodeList(XElement restriction) => restriction.Element(Xs + "enumeration") is null;

    private static XElement Facet(XDocument xsd, string facet, Func<int, bool> valueFits) =>
        First(Restrictions(xsd).Where(NoCodeList).Select(r => r.Element(Xs + facet)).OfType<XElement>().Where(f => valueFits(IntValue(f))));

    private static bool TypeIs(XElement element, string builtIn) =>
        ((string?)element.Attribute("type"))?.Split(':')[^1] == builtIn;

    private static int? MaxOccurs(XElement element) =>
        int.TryParse((string?)element.Attribute("maxOccurs"), NumberStyles.None, CultureInfo.InvariantCulture, out var max) ? max : null;

    private static int IntValue(XElement facet) => int.Parse((string)facet.Attribute("value")!, CultureInfo.InvariantCulture);

    private static XElement First(IEnumerable<XElement> candidates) =>
        candidates.FirstOrDefault() ?? throw new InvalidOperationException("the schema has no place for this mutant");

    private static string Shift(XElement facet, int delta)
    {
        var value = IntValue(facet);
        facet.SetAttributeValue("value", value + delta);
        return $"{Where(facet)}: {facet.Name.LocalName} {value} -> {value + delta}";
    }

    private static string ShiftOccurs(XDocument xsd, int delta)
    {
        var element = First(Elements(xsd).Where(e => MaxOccurs(e) > 1));
        var max = MaxOccurs(element)!.Value;
        element.SetAttributeValue("maxOccurs", max + delta);
        return $"{Where(element)}: maxOccurs {max} -> {max + delta}";
    }

    private static string Remove(XElement node)
    {
        var where = $"{Where(node)}: {node.Name.LocalName} '{(string?)node.Attribute("value")}' removed";
        node.Remove();
        return where;
    }

    private static string Set(XElement element, string attribute, string? value)
    {
        var where = $"{Where(element)}: {attribute} '{(string?)element.Attribute(attribute)}' -> '{value}'";
        element.SetAttributeValue(attribute, value);
        return where;
    }

    private static string AddExtra(XElement sequence, string prefix)
    {
        sequence.Add(new XElement(Xs + "element", new XAttribute("name", "ExtraElement"), new XAttribute("type", prefix + "string"), new XAttribute("minOccurs", "0")));
        return $"{Where(sequence)}: optional ExtraElement appended";
    }

    private static string Swap(XElement sequence)
    {
        var first = sequence.Elements(Xs + "element").First();
        var second = sequence.Elements(Xs + "element").Skip(1).First();
        second.Remove();
        first.AddBeforeSelf(second);
        return $"{Where(sequence)}: {(string?)second.Attribute("name")} moved before {(string?)first.Attribute("name")}";
    }

    /// <summary>The names of the declarations enclosing <paramref name="node"/>.</summary>
    private static string Where(XElement node) =>
        string.Join("/", node.AncestorsAndSelf().Select(a => (string?)a.Attribute("name")).OfType<string>().Reverse());
}

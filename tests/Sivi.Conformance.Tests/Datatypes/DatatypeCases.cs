using System.Xml.Linq;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// Builds the differential cases from SIVI's official schemas. Every distinct simple type (built-in base plus facets;
/// code lists count as one kind per facet combination) of every message type is tested in one release of that type,
/// the releases taken in turn so that every release is used: the first element of that kind gets each edge value of
/// <see cref="LexicalEdges"/> and <see cref="FacetEdges"/>, plus the generator's own valid value as a baseline, in the
/// minimal message that has that element.
/// </summary>
internal static class DatatypeCases
{
    private static readonly int Seed = 20261212;

    public static IReadOnlyList<DatatypeCase> Build()
    {
        var cases = new List<DatatypeCase>();
        foreach (var type in SiviCatalog.Schemas.Select(s => s.Type).Distinct().Order(StringComparer.Ordinal))
        {
            var releases = SiviCatalog.Schemas.Where(s => s.Type == type).Select(s => s.Release).Order(StringComparer.Ordinal).ToList();
            var firstElements = releases.ToDictionary(r => r, r => FirstElementPerKind(SchemaCache.Model(SchemaOrigin.Official, r, type)));
            var kinds = firstElements.Values.SelectMany(k => k.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var k = 0; k < kinds.Count; k++)
            {
                var having = releases.Where(r => firstElements[r].ContainsKey(kinds[k])).ToList();
                var release = having[k % having.Count];
                AddCases(cases, release, type, SchemaCache.Model(SchemaOrigin.Official, release, type), firstElements[release][kinds[k]]);
            }
        }
        return cases;
    }

    private static Dictionary<string, ElementModel> FirstElementPerKind(ElementModel root)
    {
        var first = new Dictionary<string, ElementModel>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Value is { } rule)
            {
                first.TryAdd(Kind(rule), element);
            }
        }
        return first;
    }

    /// <summary>The simple type without its code-list values: what decides which edge values apply.</summary>
    public static string Kind(ValueRule rule)
    {
        var text = rule.ToString();
        var codes = text.IndexOf(" enumeration=", StringComparison.Ordinal);
        return codes < 0 ? text : text[..codes] + " enumeration";
    }

    private static void AddCases(List<DatatypeCase> cases, string release, string type, ElementModel root, ElementModel element)
    {
        var rule = element.Value!;
        var document = CorpusGenerator.Focused(root, [element.Path], new Random(StableSeed.Of(Seed, release, type, element.Path)));
        var target = DocumentPaths.FindFirst(document, element.Path)
            ?? throw new InvalidOperationException($"{release}/{type}: the focused message has no {element.Path}");
        var generated = target.Value;
        target.Value = DatatypeCase.Marker;
        var template = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.ToString(SaveOptions.DisableFormatting);
        var values = new[] { EdgeValue.Text(EdgeValue.GeneratedLabel, generated) }
            .Concat(LexicalEdges.For(rule.Kind))
            .Concat(FacetEdges.For(rule, generated))
            .DistinctBy(v => v.Xml, StringComparer.Ordinal);
        foreach (var value in values)
        {
            cases.Add(new DatatypeCase(cases.Count, release, type, element.Path, Kind(rule), value, template));
        }
    }
}

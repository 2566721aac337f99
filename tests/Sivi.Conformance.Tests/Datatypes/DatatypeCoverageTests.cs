using System.Xml.Linq;
using Sivi.Conformance.Tests.Support;
using Xunit.Abstractions;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// The differential suite covers every built-in datatype and facet SIVI's official schemas use. Checked against the
/// schema files read as plain XML (not through .NET's schema compiler, which the suite's own enumeration relies on):
/// every kind of simple type an element of a message type has in any release is a kind the suite tests in that
/// message type, and every built-in base and facet the files use is one the suite has edge values for. A new release
/// bringing xs:dateTime, maxInclusive or whiteSpace fails here until edge values for it are added.
/// </summary>
public sealed class DatatypeCoverageTests(ITestOutputHelper output)
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The built-in bases with edge values of their own (<see cref="LexicalEdges"/>) or, for xs:string, through its facets.</summary>
    private static readonly Dictionary<string, string> ProbedBases = new(StringComparer.Ordinal)
    {
        ["string"] = "String",
        ["date"] = "Date",
        ["time"] = "Time",
        ["decimal"] = "Decimal",
        ["nonNegativeInteger"] = "NonNegativeInteger",
    };

    /// <summary>The facets <see cref="FacetEdges"/> writes values at and past.</summary>
    private static readonly string[] ProbedFacets =
        ["length", "minLength", "maxLength", "pattern", "enumeration", "totalDigits", "fractionDigits", "minInclusive"];

    /// <summary>The order <c>ValueRule.ToString</c> writes facets in (the suite's kind of a simple type).</summary>
    private static readonly string[] FacetOrder =
        ["length", "minLength", "maxLength", "totalDigits", "fractionDigits", "minInclusive", "maxInclusive", "minExclusive", "maxExclusive"];

    [OfficialSchemasFact]
    public void Every_datatype_and_facet_of_the_official_schemas_is_tested_in_every_message_type_that_uses_it()
    {
        var raw = SiviCatalog.Schemas
            .Select(s => (s.Type, Kinds: RawKinds(RepositoryLayout.SchemaPath(SchemaOrigin.Official, s.Release, s.Type))))
            .GroupBy(s => s.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Kinds).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var cases = DatatypeCases.Build();
        var tested = cases.GroupBy(c => c.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Rule).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        foreach (var (type, kinds) in raw.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var missing = kinds.Except(tested.GetValueOrDefault(type) ?? []).Order(StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0, $"{type}: kinds of simple type in the official files the suite does not test: {string.Join("; ", missing)}");
        }
        var allKinds = raw.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"{allKinds.Count} kinds of simple type in the official schema files, all tested; cases per kind:");
        foreach (var kind in allKinds.Order(StringComparer.Ordinal))
        {
            var count = cases.Count(c => c.Rule == kind);
            output.WriteLine($"  {count,4}  {kind}");
            // the baseline alone would be no test of the kind
            Assert.True(count > 1, $"only the baseline value for {kind}");
        }
    }

    [OfficialSchemasFact]
    public void Every_built_in_base_and_facet_in_the_official_schema_files_has_edge_values()
    {
        var used = SiviCatalog.Schemas
            .SelectMany(s => RawKinds(RepositoryLayout.SchemaPath(SchemaOrigin.Official, s.Release, s.Type)))
            .ToList();
        var bases = used.Select(k => k.Base).ToHashSet(StringComparer.Ordinal);
        var facets = used.SelectMany(k => k.Facets).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"built-in bases: {string.Join(", ", bases.Order(StringComparer.Ordinal))}; facets: {string.Join(", ", facets.Order(StringComparer.Ordinal))}");

        Assert.Empty(bases.Except(ProbedBases.Keys));
        Assert.Empty(facets.Except(ProbedFacets));
        Assert.NotEmpty(LexicalEdges.For(Corpus.ValueKind.Date));
        Assert.NotEmpty(LexicalEdges.For(Corpus.ValueKind.Time));
        Assert.NotEmpty(LexicalEdges.For(Corpus.ValueKind.Integer));
        Assert.NotEmpty(LexicalEdges.For(Corpus.ValueKind.Decimal));
    }

    /// <summary>
    /// The simple type of every element in one schema file, as (built-in base, facet names, kind): a built-in type
    /// named directly, a named simple type of the schema, or one written inside the element.
    /// </summary>
    private static List<(string Base, IReadOnlyList<string> Facets, string Kind)> RawKinds(string path)
    {
        var schema = XDocument.Load(path).Root!;
        var named = schema.Elements(Xs + "simpleType").ToDictionary(t => (string)t.Attribute("name")!, StringComparer.Ordinal);
        var kinds = new List<(string, IReadOnlyList<string>, string)>();
        foreach (var element in schema.Descendants(Xs + "element"))
        {
            XElement? simpleType;
            if ((string?)element.Attribute("type") is { } typeName)
            {
                var (prefix, local) = Split(typeName);
                if (element.GetNamespaceOfPrefix(prefix) == Xs)
                {
                    kinds.Add(Builtin(local, []));
                    continue;
                }
                simpleType = named.GetValueOrDefault(local);
            }
            else
            {
                simpleType = element.Element(Xs + "simpleType");
            }
            if (simpleType is not null)
            {
                kinds.Add(Restriction(simpleType));
            }
        }
        return kinds;
    }

    private static (string Base, IReadOnlyList<string> Facets, string Kind) Restriction(XElement simpleType)
    {
        var restriction = simpleType.Element(Xs + "restriction")
            ?? throw new InvalidOperationException($"a simple type that is not a restriction: {simpleType}");
        var (prefix, local) = Split((string)restriction.Attribute("base")!);
        if (restriction.GetNamespaceOfPrefix(prefix) != Xs)
        {
            throw new InvalidOperationException($"a restriction of a non-built-in type ({local}): extend this reader to merge the facets");
        }
        return Builtin(local, restriction.Elements().ToList());
    }

    private static (string Base, IReadOnlyList<string> Facets, string Kind) Builtin(string local, IReadOnlyList<XElement> facets)
    {
        var parts = new List<string> { ProbedBases.GetValueOrDefault(local) ?? local };
        string Value(XElement facet) => (string)facet.Attribute("value")!;
        foreach (var name in FacetOrder)
        {
            parts.AddRange(facets.Where(f => f.Name.LocalName == name).Select(f => $"{name}={Value(f)}"));
        }
        var patterns = facets.Where(f => f.Name.LocalName == "pattern").Select(Value).ToList();
        if (patterns.Count > 0)
        {
            parts.Add("pattern=" + string.Join(" | ", patterns));
        }
        if (facets.Any(f => f.Name.LocalName == "enumeration"))
        {
            parts.Add("enumeration");
        }
        return (local, facets.Select(f => f.Name.LocalName).Distinct().ToList(), string.Join(" ", parts));
    }

    private static (string Prefix, string Local) Split(string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", qualifiedName) : (qualifiedName[..colon], qualifiedName[(colon + 1)..]);
    }
}

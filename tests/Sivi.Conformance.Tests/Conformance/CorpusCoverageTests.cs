using System.Xml.Linq;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Conformance;

/// <summary>
/// The valid corpus of every schema keeps the generator's promise (see <see cref="CorpusCoverage"/>), so agreement on
/// it means agreement on every optional element, code list value, occurrence bound and length limit.
/// </summary>
public sealed class CorpusCoverageTests
{
    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public void Official_corpus_covers_the_official_schema(string release, string type) =>
        AssertCovered(SchemaOrigin.Official, release, type);

    [Theory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public void Our_corpus_covers_our_schema(string release, string type) =>
        AssertCovered(SchemaOrigin.Ours, release, type);

    private static void AssertCovered(SchemaOrigin origin, string release, string type)
    {
        var root = SchemaCache.Model(origin, release, type);
        var documents = ConformanceCorpus.Get(origin, release, type).Valid.Select(e => XDocument.Parse(e.Xml)).ToList();

        var gaps = CorpusCoverage.Gaps(root, documents, ConformanceCorpus.Options);

        Assert.True(gaps.Count == 0, $"{origin} {release}/{type} corpus leaves gaps:\n  " + string.Join("\n  ", gaps));
    }
}

using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Conformance;

/// <summary>
/// The corpus is trustworthy: what is generated as valid from a schema is valid under that schema, every mutation is
/// invalid under it, and every element a mutation kind applies to got its mutation.
/// </summary>
public sealed class CorpusSanityTests
{
    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public void Official_valid_corpus_is_valid_under_the_official_schema(string release, string type) =>
        AssertValidUnderOwnSchema(SchemaOrigin.Official, release, type);

    [Theory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public void Our_valid_corpus_is_valid_under_our_schema(string release, string type) =>
        AssertValidUnderOwnSchema(SchemaOrigin.Ours, release, type);

    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.OfficialMutations), MemberType = typeof(ConformanceCases))]
    public void Official_mutations_are_invalid_under_the_official_schema(string release, string type, MutationKind kind) =>
        AssertInvalidUnderOwnSchema(SchemaOrigin.Official, release, type, kind);

    [Theory]
    [MemberData(nameof(ConformanceCases.OurMutations), MemberType = typeof(ConformanceCases))]
    public void Our_mutations_are_invalid_under_our_schema(string release, string type, MutationKind kind) =>
        AssertInvalidUnderOwnSchema(SchemaOrigin.Ours, release, type, kind);

    private static void AssertValidUnderOwnSchema(SchemaOrigin origin, string release, string type)
    {
        var entries = ConformanceCorpus.Get(origin, release, type).Valid;
        Assert.NotEmpty(entries);
        var rejected = entries.Where(e => !e.VerdictUnder(origin).IsValid).ToList();
        Assert.True(rejected.Count == 0, VerdictReport.Describe($"generated as valid but rejected by the {origin} schema", rejected, entries.Count, origin));
    }

    private static void AssertInvalidUnderOwnSchema(SchemaOrigin origin, string release, string type, MutationKind kind)
    {
        var root = SchemaCache.Model(origin, release, type);
        var entries = ConformanceCorpus.Get(origin, release, type).Invalid(kind);
        var targets = Mutator.Targets(root, kind, ConformanceCorpus.MutationOptionsFor(root, release)).Select(t => t.Path).ToList();
        var missing = targets.Except(entries.Select(e => e.Path)).ToList();
        Assert.True(missing.Count == 0, $"{kind} produced no invalid document for {string.Join(", ", missing)}");
        var accepted = entries.Where(e => e.VerdictUnder(origin).IsValid).ToList();
        Assert.True(accepted.Count == 0, VerdictReport.Describe($"mutated but still accepted by the {origin} schema", accepted, entries.Count, origin));
    }
}

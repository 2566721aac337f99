using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Conformance;

/// <summary>
/// Our schema set agrees with SIVI's: every corpus document, generated from either set, gets the same verdict
/// (valid or invalid) from both. Generating from both sides exercises elements and values that only one set allows.
/// </summary>
public sealed class VerdictAgreementTests
{
    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.OriginSchemas), MemberType = typeof(ConformanceCases))]
    public void Valid_documents_get_the_same_verdict_from_both_schema_sets(SchemaOrigin origin, string release, string type) =>
        AssertAgreement(ConformanceCorpus.Get(origin, release, type).Valid);

    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.OriginMutations), MemberType = typeof(ConformanceCases))]
    public void Mutated_documents_get_the_same_verdict_from_both_schema_sets(SchemaOrigin origin, string release, string type, MutationKind kind) =>
        AssertAgreement(ConformanceCorpus.Get(origin, release, type).Invalid(kind));

    private static void AssertAgreement(IReadOnlyList<CorpusEntry> entries)
    {
        Assert.NotEmpty(entries);
        var disagreements = entries
            .Where(e => e.VerdictUnder(SchemaOrigin.Official).IsValid != e.VerdictUnder(SchemaOrigin.Ours).IsValid)
            .ToList();
        Assert.True(
            disagreements.Count == 0,
            VerdictReport.Describe("official and our schema disagree", disagreements, entries.Count, SchemaOrigin.Official, SchemaOrigin.Ours));
    }
}

using Sivi.Conformance.Tests.Support;
using Sivi.Conformance.Tests.Validation;

namespace Sivi.Conformance.Tests.Detection;

/// <summary>
/// The conformance comparison has teeth: for each typical schema mistake, an in-memory copy of an official schema
/// with that mistake (never written to the repository) is told apart from the original by at least one corpus document.
/// </summary>
public sealed class DetectionPowerTests
{
    /// <summary>The richest message type: it has every facet and occurrence shape the mutants need.</summary>
    private static readonly string Type = "Verzuimmeldingen";

    public static TheoryData<SchemaMutantKind> Mutants() => new(Enum.GetValues<SchemaMutantKind>());

    [OfficialSchemasTheory]
    [MemberData(nameof(Mutants))]
    public void The_comparison_tells_a_mutated_schema_from_the_official_one(SchemaMutantKind kind)
    {
        var release = SiviCatalog.Releases[^1];
        var path = RepositoryLayout.SchemaPath(SchemaOrigin.Official, release, Type);
        var xsd = SchemaLoader.Read(path);
        var where = SchemaMutants.Apply(kind, xsd);
        var mutant = SchemaLoader.Load(xsd, $"{kind} mutant of {path}");

        var disagreement = CorpusComparison.FirstDisagreement(SchemaCache.Get(SchemaOrigin.Official, release, Type), mutant, release);

        Assert.True(disagreement is not null, $"no corpus document tells {release}/{Type} from its {kind} mutant ({where})");
    }
}

using System.Xml.Linq;
using System.Xml.Schema;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;
using Sivi.Conformance.Tests.Validation;

namespace Sivi.Conformance.Tests.Detection;

/// <summary>
/// The conformance check in one call, for schema sets held in memory: the corpora generated from both sets (valid
/// documents, then every mutation) validated against both, stopping at the first document whose verdicts differ.
/// </summary>
internal static class CorpusComparison
{
    public static string? FirstDisagreement(XmlSchemaSet reference, XmlSchemaSet candidate, string release)
    {
        foreach (var (origin, schemas) in new[] { ("reference", reference), ("candidate", candidate) })
        {
            foreach (var (name, document) in Corpus(SchemaModel.Root(schemas), release))
            {
                var xml = document.ToString(SaveOptions.DisableFormatting);
                var expected = HardenedValidator.Validate(reference, xml);
                var actual = HardenedValidator.Validate(candidate, xml);
                if (expected.IsValid != actual.IsValid)
                {
                    return $"{name} (from the {origin} schema): reference {expected}, candidate {actual}";
                }
            }
        }
        return null;
    }

    private static IEnumerable<(string Name, XDocument Document)> Corpus(ElementModel root, string release)
    {
        var seed = ConformanceCorpus.Seed;
        foreach (var valid in CorpusGenerator.Valid(root, seed, ConformanceCorpus.Options))
        {
            yield return (valid.Name, valid.Document);
        }
        var options = ConformanceCorpus.MutationOptionsFor(root, release);
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            foreach (var invalid in Mutator.Apply(root, kind, seed, options))
            {
                yield return (invalid.Name, invalid.Document);
            }
        }
    }
}

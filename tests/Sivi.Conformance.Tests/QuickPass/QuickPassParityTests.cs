using System.Text;
using System.Xml;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;
using Sivi.Schemas.Validation.Compiled;

namespace Sivi.Conformance.Tests.QuickPass;

/// <summary>
/// The validator's quick pass (<see cref="ValidityProof"/> against <see cref="CompiledSchema"/>) proves every valid
/// corpus message of SIVI's official schemas valid, never proves a mutated (invalid) one valid, and the validator gives
/// the same verdict and the same errors with the quick pass on and off.
/// </summary>
public sealed class QuickPassParityTests
{
    private static readonly Lazy<Task<SchemaRegistry>> Registry = new(() => SchemaRegistry.LoadAsync(RepositoryLayout.OfficialXsdDirectory));

    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.Schemas), MemberType = typeof(ConformanceCases))]
    public async Task Every_valid_corpus_message_is_proven_valid(string release, string type)
    {
        var root = await CompiledRootAsync(release, type);
        var corpus = ConformanceCorpus.Get(SchemaOrigin.Official, release, type).Valid;

        var unproven = corpus.Where(entry => !Proves(root, entry.Xml)).ToList();

        Assert.NotEmpty(corpus);
        Assert.True(unproven.Count == 0, $"{unproven.Count} of {corpus.Count} valid messages not proven valid:\n{string.Join("\n", unproven.Take(10))}");
    }

    [OfficialSchemasTheory]
    [MemberData(nameof(ConformanceCases.OfficialMutations), MemberType = typeof(ConformanceCases))]
    public async Task No_mutated_message_is_proven_valid_and_errors_are_the_full_validations(string release, string type, MutationKind kind)
    {
        var root = await CompiledRootAsync(release, type);
        var corpus = ConformanceCorpus.Get(SchemaOrigin.Official, release, type).Invalid(kind);
        var registry = await Registry.Value;
        var quick = new SiviValidator(registry);
        var full = new SiviValidator(registry, new SiviValidationOptions { QuickPass = false });

        var proven = corpus.Where(entry => Proves(root, entry.Xml)).ToList();
        var differing = new List<string>();
        foreach (var entry in corpus)
        {
            var withQuickPass = await ValidateAsync(quick, entry.Xml);
            var withoutQuickPass = await ValidateAsync(full, entry.Xml);
            if (!withQuickPass.Errors.SequenceEqual(withoutQuickPass.Errors))
            {
                differing.Add($"{entry}: {string.Join(" | ", withQuickPass.Errors)} <> {string.Join(" | ", withoutQuickPass.Errors)}");
            }
        }

        Assert.NotEmpty(corpus);
        Assert.True(proven.Count == 0, $"{proven.Count} of {corpus.Count} invalid messages proven valid:\n{string.Join("\n", proven.Take(10))}");
        Assert.True(differing.Count == 0, $"{differing.Count} of {corpus.Count} messages get other errors with the quick pass:\n{string.Join("\n", differing.Take(5))}");
    }

    private static async Task<CompiledElement> CompiledRootAsync(string release, string type)
    {
        var registry = await Registry.Value;
        var messageType = registry.Find(release, type) ?? throw new InvalidOperationException($"{release}/{type} is not in {registry.Directory}");
        var compiled = CompiledSchema.For(registry.GetSchemaSet(messageType));
        Assert.True(compiled is not null, $"{release}/{type}: the schema has no compiled form, so its messages never get the quick pass");
        return compiled.Root(messageType.RootElement, messageType.Namespace)
            ?? throw new InvalidOperationException($"{release}/{type}: no compiled root {messageType.RootElement}");
    }

    private static bool Proves(CompiledElement root, string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
        reader.MoveToContent();
        try
        {
            return new ValidityProof().Run(reader, root, maxDepth: 64, CancellationToken.None);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static Task<SiviValidationResult> ValidateAsync(SiviValidator validator, string xml) =>
        validator.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml), writable: false), "corpus.xml");
}

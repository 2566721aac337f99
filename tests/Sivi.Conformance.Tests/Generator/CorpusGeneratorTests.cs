using System.Xml.Linq;
using Sivi.Conformance.Tests.Corpus;
using Sivi.Conformance.Tests.Support;

namespace Sivi.Conformance.Tests.Generator;

public sealed class CorpusGeneratorTests
{
    private static List<CorpusDocument> Corpus(int seed = 42) => CorpusGenerator.Valid(SampleSchema.Set, seed).ToList();

    [Fact]
    public void Every_generated_document_is_valid()
    {
        var corpus = Corpus();

        Assert.All(corpus, d => Assert.True(SampleSchema.Validate(d.Document).IsValid, $"{d.Name}: {SampleSchema.Validate(d.Document)}"));
    }

    [Fact]
    public void The_corpus_covers_codes_optional_elements_bounds_and_lengths()
    {
        var documents = Corpus().Select(d => d.Document).ToList();

        Assert.Empty(CorpusCoverage.Gaps(SampleSchema.Root, documents, CorpusOptions.Default));
    }

    [Fact]
    public void Has_the_documented_variants_with_unique_names()
    {
        var names = Corpus().Select(d => d.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["minimal", "full-single", "full-00", "full-01", "full-02",
             "present:Bestelling/Kop/Tijd", "present:Bestelling/Regel/Bedrag", "present:Bestelling/Regel/Landcode", "present:Bestelling/Opmerking",
             "max-occurs:Bestelling/Regel", "max-occurs:Bestelling/Opmerking"],
            names);
    }

    [Fact]
    public void Minimal_has_only_required_elements_with_shortest_values()
    {
        var minimal = Corpus().Single(d => d.Name == "minimal").Document;

        Assert.Null(DocumentPaths.FindFirst(minimal, "Bestelling/Opmerking"));
        Assert.Null(DocumentPaths.FindFirst(minimal, "Bestelling/Kop/Tijd"));
        Assert.Single(DocumentPaths.FindAll(minimal, "Bestelling/Regel"));
        Assert.Equal("", DocumentPaths.FindFirst(minimal, "Bestelling/Regel/Omschrijving")!.Value);
        Assert.Equal(1, DocumentPaths.FindFirst(minimal, "Bestelling/Kop/Kenmerk")!.Value.Length);
    }

    [Fact]
    public void Full_documents_walk_through_each_code_list()
    {
        var codes = Corpus().Where(d => d.Name.StartsWith("full-0", StringComparison.Ordinal))
            .Select(d => DocumentPaths.FindFirst(d.Document, "Bestelling/Kop/Soort")!.Value);

        Assert.Equal(["01", "02", "99"], codes);
    }

    [Fact]
    public void Is_deterministic_for_a_seed_and_varies_with_it()
    {
        static string Text(IEnumerable<CorpusDocument> corpus) => string.Join("\n", corpus.Select(d => d.Document.ToString()));

        Assert.Equal(Text(Corpus(5)), Text(Corpus(5)));
        Assert.NotEqual(Text(Corpus(5)), Text(Corpus(6)));
    }

    [Fact]
    public void Full_makes_a_larger_valid_message_for_benchmarks()
    {
        var document = CorpusGenerator.Full(SampleSchema.Root, seed: 1, repeatedOccurs: 3);

        Assert.True(SampleSchema.Validate(document).IsValid);
        Assert.Equal(3, DocumentPaths.FindAll(document, "Bestelling/Regel").Count());
        Assert.Equal(3, DocumentPaths.FindAll(document, "Bestelling/Opmerking").Count());
        Assert.Equal(3, DocumentPaths.FindAll(document, "Bestelling/Regel/Landcode").Count());
    }

    [Fact]
    public void Unbounded_elements_reach_the_configured_count()
    {
        var options = new CorpusOptions { UnboundedOccurs = 7 };

        var document = CorpusGenerator.Valid(SampleSchema.Root, 3, options).Single(d => d.Name == "max-occurs:Bestelling/Opmerking").Document;

        Assert.Equal(7, DocumentPaths.FindAll(document, "Bestelling/Opmerking").Count());
        Assert.True(SampleSchema.Validate(document).IsValid);
    }

    [Fact]
    public void Documents_are_independent_copies()
    {
        var first = Corpus().First();
        first.Document.Root!.RemoveNodes();

        Assert.NotEmpty(Corpus().First().Document.Root!.Elements());
        Assert.Equal(XName.Get("Bestelling", SampleSchema.Namespace), first.Document.Root.Name);
    }
}

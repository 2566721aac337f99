using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Generator;

public sealed class MutatorTests
{
    private static readonly MutationOptions Options = new() { ForeignNamespace = SampleSchema.OtherNamespace };

    public static TheoryData<MutationKind> Kinds() => new(Enum.GetValues<MutationKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_target_gets_one_invalid_document_recording_kind_and_path(MutationKind kind)
    {
        var targets = Mutator.Targets(SampleSchema.Root, kind, Options).Select(t => t.Path).ToList();

        var invalid = Mutator.Apply(SampleSchema.Set, kind, 11, Options).ToList();

        Assert.NotEmpty(targets);
        Assert.Equal(targets, invalid.Select(d => d.Path));
        Assert.All(invalid, d =>
        {
            Assert.Equal(kind, d.Kind);
            Assert.False(SampleSchema.Validate(d.Document).IsValid, $"{d.Name} ({d.Description}) is still valid");
        });
    }

    [Theory]
    [InlineData(MutationKind.MissingRequired, "Bestelling/Regel/Aantal")]
    [InlineData(MutationKind.TooManyOccurrences, "Bestelling/Regel")]
    [InlineData(MutationKind.WrongOrder, "Bestelling/Opmerking")]
    [InlineData(MutationKind.TooLong, "Bestelling/Regel/Omschrijving")]
    [InlineData(MutationKind.TooShort, "Bestelling/Regel/Landcode")]
    [InlineData(MutationKind.PatternViolation, "Bestelling/Regel/Bedrag")]
    [InlineData(MutationKind.EnumerationViolation, "Bestelling/Kop/Soort")]
    [InlineData(MutationKind.InvalidDate, "Bestelling/Kop/Datum")]
    [InlineData(MutationKind.InvalidTime, "Bestelling/Kop/Tijd")]
    [InlineData(MutationKind.TooManyDigits, "Bestelling/Regel/Aantal")]
    [InlineData(MutationKind.UnknownElement, "Bestelling/Kop")]
    [InlineData(MutationKind.WrongNamespace, "Bestelling")]
    [InlineData(MutationKind.EmptyValue, "Bestelling/Kop/Kenmerk")]
    public void Targets_the_elements_the_kind_applies_to(MutationKind kind, string path) =>
        Assert.Contains(path, Mutator.Targets(SampleSchema.Root, kind, Options).Select(t => t.Path));

    [Fact]
    public void Value_mutations_break_only_the_targeted_facet_where_possible()
    {
        var root = SampleSchema.Root;
        string Value(MutationKind kind, string path) =>
            DocumentPaths.FindFirst(Mutator.Apply(root, kind, 3, Options).Single(d => d.Path == path).Document, path)!.Value;

        var tooLong = Value(MutationKind.TooLong, "Bestelling/Regel/Omschrijving");
        var wrongCode = Value(MutationKind.EnumerationViolation, "Bestelling/Kop/Soort");
        var badAmount = Value(MutationKind.PatternViolation, "Bestelling/Regel/Bedrag");
        var tooManyDigits = Value(MutationKind.TooManyDigits, "Bestelling/Regel/Aantal");

        Assert.Equal(11, tooLong.Length);
        Assert.Equal([FacetKind.MaxLength], root.Find("Bestelling/Regel/Omschrijving")!.Value!.Violations(tooLong));
        Assert.Equal(2, wrongCode.Length);
        Assert.Equal([FacetKind.Enumeration], root.Find("Bestelling/Kop/Soort")!.Value!.Violations(wrongCode));
        Assert.Equal([FacetKind.Pattern], root.Find("Bestelling/Regel/Bedrag")!.Value!.Violations(badAmount));
        Assert.Equal("9999", tooManyDigits);
    }

    [Fact]
    public void Occurrence_mutations_go_one_past_the_bounds()
    {
        var root = SampleSchema.Root;

        var tooMany = Mutator.Apply(root, MutationKind.TooManyOccurrences, 1, Options).Single(d => d.Path == "Bestelling/Regel");
        var missing = Mutator.Apply(root, MutationKind.MissingRequired, 1, Options).Single(d => d.Path == "Bestelling/Kop/Datum");

        Assert.Equal(4, DocumentPaths.FindAll(tooMany.Document, "Bestelling/Regel").Count());
        Assert.Null(DocumentPaths.FindFirst(missing.Document, "Bestelling/Kop/Datum"));
        Assert.NotNull(DocumentPaths.FindFirst(missing.Document, "Bestelling/Kop/Soort"));
    }

    [Fact]
    public void Wrong_namespace_moves_every_element()
    {
        var invalid = Mutator.Apply(SampleSchema.Root, MutationKind.WrongNamespace, 1, Options).Single();

        Assert.All(invalid.Document.Descendants(), e => Assert.Equal(SampleSchema.OtherNamespace, e.Name.NamespaceName));
    }

    [Fact]
    public void Without_a_foreign_namespace_there_is_no_wrong_namespace_mutation() =>
        Assert.Empty(Mutator.Apply(SampleSchema.Set, MutationKind.WrongNamespace, 1));

    [Fact]
    public void Applying_to_a_callers_document_leaves_it_unchanged_and_skips_absent_elements()
    {
        var root = SampleSchema.Root;
        var minimal = CorpusGenerator.Valid(root, 2).Single(d => d.Name == "minimal").Document;
        var before = minimal.ToString();

        var mutated = Mutator.Apply(minimal, root.Find("Bestelling/Kop/Soort")!, MutationKind.EnumerationViolation, 2);
        var absent = Mutator.Apply(minimal, root.Find("Bestelling/Kop/Tijd")!, MutationKind.InvalidTime, 2);

        Assert.NotNull(mutated);
        Assert.False(SampleSchema.Validate(mutated.Document).IsValid);
        Assert.Null(absent);
        Assert.Equal(before, minimal.ToString());
    }

    [Fact]
    public void All_yields_every_kind()
    {
        var kinds = Mutator.All(SampleSchema.Set, 4, Options).Select(d => d.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<MutationKind>().ToHashSet(), kinds);
    }
}

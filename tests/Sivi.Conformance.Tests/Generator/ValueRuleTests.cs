using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Generator;

public sealed class ValueRuleTests
{
    private static ValueRule Rule(string path) => SampleSchema.Root.Find(path)!.Value!;

    [Theory]
    [InlineData("Bestelling/Regel/Bedrag", "123.45")]
    [InlineData("Bestelling/Regel/Bedrag", "0.00")]
    [InlineData("Bestelling/Regel/Aantal", "999")]
    [InlineData("Bestelling/Regel/Omschrijving", "")]
    [InlineData("Bestelling/Kop/Soort", "99")]
    [InlineData("Bestelling/Kop/Datum", "2024-02-29")]
    public void Accepts_values_within_every_facet(string path, string value)
    {
        var rule = Rule(path);

        Assert.Empty(rule.Violations(value));
        Assert.True(rule.IsValid(value));
    }

    [Theory]
    [InlineData("Bestelling/Regel/Bedrag", "1000.01", new[] { FacetKind.Pattern, FacetKind.TotalDigits })]
    [InlineData("Bestelling/Regel/Bedrag", "1000.00", new[] { FacetKind.Pattern })]
    [InlineData("Bestelling/Regel/Bedrag", "12.5", new[] { FacetKind.Pattern })]
    [InlineData("Bestelling/Regel/Bedrag", "1.234", new[] { FacetKind.Pattern, FacetKind.FractionDigits })]
    [InlineData("Bestelling/Regel/Bedrag", "-1.00", new[] { FacetKind.Pattern, FacetKind.MinInclusive })]
    [InlineData("Bestelling/Regel/Aantal", "1000", new[] { FacetKind.TotalDigits })]
    [InlineData("Bestelling/Regel/Aantal", "-1", new[] { FacetKind.Lexical })]
    [InlineData("Bestelling/Regel/Omschrijving", "abc1", new[] { FacetKind.Pattern })]
    [InlineData("Bestelling/Regel/Omschrijving", "abcdefghijk", new[] { FacetKind.MaxLength })]
    [InlineData("Bestelling/Kop/Kenmerk", "", new[] { FacetKind.MinLength })]
    [InlineData("Bestelling/Kop/Soort", "03", new[] { FacetKind.Enumeration })]
    [InlineData("Bestelling/Kop/Soort", "011", new[] { FacetKind.Length, FacetKind.Enumeration })]
    [InlineData("Bestelling/Kop/Datum", "2023-02-30", new[] { FacetKind.Lexical })]
    [InlineData("Bestelling/Kop/Tijd", "24:30:00", new[] { FacetKind.Lexical })]
    public void Names_exactly_the_facets_a_value_violates(string path, string value, FacetKind[] expected)
    {
        var rule = Rule(path);

        Assert.Equal(expected.Order(), rule.Violations(value).Order());
        Assert.False(rule.IsValid(value));
    }

    [Theory]
    [InlineData("007.50", 2, 1)]
    [InlineData("0", 1, 0)]
    [InlineData("0.05", 2, 2)]
    [InlineData("-120", 3, 0)]
    public void Counts_significant_digits_as_xsd_does(string value, int total, int fraction) =>
        Assert.Equal((total, fraction), ValueRule.Digits(value));
}

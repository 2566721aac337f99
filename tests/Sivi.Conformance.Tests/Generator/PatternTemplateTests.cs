using System.Text.RegularExpressions;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Generator;

public sealed class PatternTemplateTests
{
    [Theory]
    [InlineData(@"\D*", 0, null)]
    [InlineData("[0-9]{1,3}[.][0-9]{2}", 4, 6)]
    [InlineData("[A-Z]{2}[0-9]+", 3, null)]
    [InlineData("a?b{2,}", 2, null)]
    public void Knows_the_length_range_of_its_matches(string pattern, int min, int? max)
    {
        var template = PatternTemplate.Parse(pattern);

        Assert.Equal((min, max), (template.MinLength, template.MaxLength));
    }

    [Theory]
    [InlineData(@"\D*", 0)]
    [InlineData(@"\D*", 35)]
    [InlineData("[0-9]{1,3}[.][0-9]{2}", 4)]
    [InlineData("[0-9]{1,3}[.][0-9]{2}", 6)]
    [InlineData("[A-Z]{2}[0-9]+", 9)]
    [InlineData(@"\d{4}-\d{2}", 7)]
    public void Generates_matches_of_the_requested_length(string pattern, int length)
    {
        var template = PatternTemplate.Parse(pattern);
        var random = new Random(7);

        for (var i = 0; i < 20; i++)
        {
            var value = template.Generate(length, random);

            Assert.Equal(length, value.Length);
            Assert.Matches(new Regex($@"\A(?:{pattern})\z"), value);
        }
    }

    [Fact]
    public void Clamps_a_length_outside_the_patterns_range()
    {
        var template = PatternTemplate.Parse("[0-9]{1,3}[.][0-9]{2}");

        Assert.Equal(6, template.Generate(50, new Random(1)).Length);
        Assert.Equal(4, template.Generate(0, new Random(1)).Length);
    }

    [Theory]
    [InlineData("(ab)+")]
    [InlineData("a|b")]
    [InlineData("[a-z-[aeiou]]")]
    [InlineData(@"\i\c*")]
    public void Rejects_groups_alternation_subtraction_and_xml_name_escapes(string pattern) =>
        Assert.Throws<NotSupportedException>(() => PatternTemplate.Parse(pattern));
}

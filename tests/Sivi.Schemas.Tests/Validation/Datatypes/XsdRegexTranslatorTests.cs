using Sivi.Schemas.Validation.Datatypes;

namespace Sivi.Schemas.Tests.Validation.Datatypes;

/// <summary>XML Schema patterns matched per character (code point), as the specification defines them.</summary>
public sealed class XsdRegexTranslatorTests
{
    [Theory]
    [InlineData(@"\D*", "abc\U0001F600", true)]
    [InlineData(@"\D*", "a\U0001D7CE", false)]
    [InlineData(@"\D*", "a\u0661", false)]
    [InlineData(@"\D*", "a\u00B2", true)]
    [InlineData(@"\d{2}", "\U0001D7CE\U0001D7CF", true)]
    [InlineData(@".{2}", "\U0001F600\U0001F600", true)]
    [InlineData(@".{2}", "\U0001F600", false)]
    [InlineData(@".", "\n", false)]
    [InlineData(@"[^a]", "\U0001F600", true)]
    [InlineData("[\U0001F600-\U0001F64F]+", "\U0001F601\U0001F64F", true)]
    [InlineData("[\U0001F600-\U0001F64F]+", "\U0001F650", false)]
    [InlineData(@"[a-z-[aeiou]]+", "bcd", true)]
    [InlineData(@"[a-z-[aeiou]]+", "bad", false)]
    [InlineData(@"\p{Lu}\p{Ll}*", "\U0001D400bc", true)]
    [InlineData(@"\P{L}", "\U0001D400", false)]
    [InlineData(@"[0-9]{1,4}[.][0-9]{2}", "12.50", true)]
    [InlineData(@"[A-Z]{2}", "AB\n", false)]
    [InlineData(@"a|b(c)?", "bc", true)]
    [InlineData(@"^a$", "^a$", true)]
    [InlineData(@"\w+", "a\U0001F600", true)]
    [InlineData(@"\s", "\u00A0", false)]
    public void Matches_whole_values_character_by_character(string pattern, string value, bool matches)
    {
        var regex = XsdRegexTranslator.Compiled(pattern);

        Assert.NotNull(regex);
        Assert.Equal(matches, regex.IsMatch(value));
    }

    [Theory]
    [InlineData(@"\i\c*")]
    [InlineData(@"\p{IsBasicLatin}")]
    [InlineData(@"a{,2}")]
    [InlineData(@"(a")]
    public void Leaves_what_it_does_not_translate_to_the_framework(string pattern) => Assert.Null(XsdRegexTranslator.Compiled(pattern));
}

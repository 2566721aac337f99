using Sivi.Schemas.Validation.Datatypes;

namespace Sivi.Schemas.Tests.Validation.Datatypes;

public sealed class CharacterClassesTests
{
    [Fact]
    public void The_digit_table_is_what_the_frameworks_pattern_facet_calls_a_digit()
    {
        var framework = CharacterClasses.Bmp(@"\p{_xmlD}").Ranges;

        Assert.Equal(framework, CharacterClasses.FrameworkDigitTable.Select(r => ((int)r.First, (int)r.Last)));
    }
}

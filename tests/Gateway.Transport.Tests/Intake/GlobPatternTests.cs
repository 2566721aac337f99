using Gateway.Transport.Files;

namespace Gateway.Transport.Tests.Intake;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("RM*.xml", "RM_123.xml", true)]
    [InlineData("RM*.xml", "rm_123.XML", true)]
    [InlineData("RM*.xml", "VZ_123.xml", false)]
    [InlineData("RM*.xml", ".RM_123.xml.part", false)]
    [InlineData("RM*.xml", "RM_123.xml.part", false)]
    [InlineData("RM?.xml", "RM1.xml", true)]
    [InlineData("RM?.xml", "RM12.xml", false)]
    [InlineData("RM*.xml;VZ*.xml", "VZ_1.xml", true)]
    [InlineData("*", "anything", true)]
    public void Names_match_as_documented(string pattern, string name, bool expected) =>
        Assert.Equal(expected, GlobPattern.Parse(pattern).IsMatch(name));

    [Fact]
    public void A_pattern_with_a_folder_is_refused() =>
        Assert.Throws<FormatException>(() => GlobPattern.Parse("in/RM*.xml"));
}

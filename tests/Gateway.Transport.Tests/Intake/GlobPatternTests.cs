using Gateway.Transport.Files;

namespace Gateway.Transport.Tests.Intake;

/// <summary>File name filters, and the remote names they can match at all (<see cref="RemoteName"/>).</summary>
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
    [InlineData("*.xml", "../../outside.xml", false)]
    [InlineData("*.xml", "in/VZ_1.xml", false)]
    [InlineData("*.xml", "..\\VZ_1.xml", false)]
    [InlineData("*.xml", "VZ_\n1.xml", false)]
    [InlineData("*", "..", false)]
    [InlineData("*", "...", false)]
    public void Names_match_as_documented(string pattern, string name, bool expected) =>
        Assert.Equal(expected, GlobPattern.Parse(pattern).IsMatch(name));

    [Theory]
    [InlineData("in/RM*.xml")]
    [InlineData("in\\RM*.xml")]
    public void A_pattern_with_a_folder_is_refused(string pattern) =>
        Assert.Throws<FormatException>(() => GlobPattern.Parse(pattern));

    [Theory]
    [InlineData("VZ_1.xml", null)]
    [InlineData(".hidden.xml", null)]
    [InlineData("", "is empty")]
    [InlineData(". .", "consists of dots and blanks only")]
    [InlineData("a/b", "contains a folder separator")]
    [InlineData("a\\b", "contains a folder separator")]
    [InlineData("a\0b", "contains a control character")]
    [InlineData("a\u0085b", "contains a control character")]
    [InlineData("a\u200bb", "contains an invisible formatting character")]
    [InlineData("a\u2028b", "contains an invisible formatting character")]
    [InlineData("a\ufffdb", "is not valid UTF-8")]
    public void Remote_names_are_plain_file_names_or_refused_with_the_reason(string name, string? problem) =>
        Assert.Equal(problem, RemoteName.Problem(name));

    [Fact]
    public void A_refused_name_renders_without_its_control_characters_acting()
    {
        Assert.Equal("\"..\\\\x\\u{000A}\\u{001B}[2J\\u{202E}\\\"\"", RemoteName.Render("..\\x\n\u001b[2J\u202e\""));
        Assert.Equal("\"" + new string('a', 80) + "…\"", RemoteName.Render(new string('a', 300)));
        Assert.Equal("is longer than 255 bytes", RemoteName.Problem(new string('é', 128)));
    }
}

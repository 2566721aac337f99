using Gateway.Transport.Delivery;

namespace Gateway.Transport.Tests.Delivery;

public sealed class FileNamePatternTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 29, 2, 30, 5, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(SiviFileType.Verzuimmeldingen, "VZ_B123_20260329023005.xml")]
    [InlineData(SiviFileType.Dienstverbanden, "DV_B123_20260329023005.xml")]
    [InlineData(SiviFileType.WerknemersGegevens, "WN_B123_20260329023005.xml")]
    [InlineData(SiviFileType.WerkgeversGegevensBasisregistratie, "WG_B123_20260329023005.xml")]
    [InlineData(SiviFileType.Retourmelding1, "RM_B123_20260329023005.xml")]
    public void The_default_pattern_uses_the_type_prefix_berrefnr_and_timestamp(SiviFileType type, string expected)
    {
        var name = FileNamePattern.Default.Render(new OutgoingFile("B123", type, Created, new byte[] { 1 }));

        Assert.Equal(expected, name);
    }

    [Fact]
    public void Every_token_and_a_timestamp_format_render()
    {
        var pattern = FileNamePattern.Parse("{prefix}-{type}-{berrefnr}-{timestamp:yyyyMMdd}.xml");

        Assert.Equal("ACME-Verzuimmeldingen-B9-20260329.xml",
            pattern.Render(new OutgoingFile("B9", SiviFileType.Verzuimmeldingen, Created, Array.Empty<byte>()), "ACME"));
    }

    [Fact]
    public void A_per_account_prefix_override_replaces_the_default()
    {
        var target = new DeliveryTarget
        {
            Folder = "/in",
            PrefixOverrides = new Dictionary<SiviFileType, string> { [SiviFileType.Verzuimmeldingen] = "VZM" },
        };

        Assert.Equal("VZM_B1_20260329023005.xml", target.FileNameFor(new OutgoingFile("B1", SiviFileType.Verzuimmeldingen, Created, Array.Empty<byte>())));
        Assert.Equal(".VZM_B1_20260329023005.xml.part", target.TemporaryNameFor("VZM_B1_20260329023005.xml"));
        Assert.Equal("a.xml.tmp", (target with { TemporaryName = TemporaryNameStyle.TmpSuffix }).TemporaryNameFor("a.xml"));
    }

    [Theory]
    [InlineData("{prefix}_{timestamp}.xml", "must contain {berrefnr}")]
    [InlineData("{prefix}_{berrefnr}_{sequence}.xml", "unknown token {sequence}")]
    [InlineData("{prefix}/{berrefnr}.xml", "not a plain file name")]
    [InlineData("{berrefnr}_{timestamp:yyyy-MM-dd HH:mm}.xml", "not a plain file name")]
    [InlineData(".{berrefnr}.xml", "not a plain file name")]
    [InlineData("{berrefnr.xml", "is not closed")]
    [InlineData("{berrefnr}}.xml", "unmatched")]
    [InlineData("{berrefnr:yyyy}.xml", "only {timestamp} takes a format")]
    public void Invalid_patterns_are_refused_with_the_reason(string pattern, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FileNamePattern.Parse(pattern));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_berrefnr_that_would_escape_the_folder_is_refused_at_render()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            FileNamePattern.Default.Render(new OutgoingFile("../etc/passwd", SiviFileType.Verzuimmeldingen, Created, Array.Empty<byte>())));

        Assert.Contains("not a plain file name", error.Message);
    }
}

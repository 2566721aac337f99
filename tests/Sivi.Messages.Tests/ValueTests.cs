using Sivi.Messages.Values;

namespace Sivi.Messages.Tests;

public class ValueTests
{
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2024-02-29Z")]
    [InlineData("2024-02-29+01:00")]
    [InlineData("2024-02-29-05:00")]
    public void Dates_keep_their_zone(string text) => Assert.Equal(text, SiviDate.Parse(text).ToString());

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0999-12-31Z")]
    [InlineData("9999-12-31+14:00")]
    public void Dates_are_written_with_four_digit_years(string text) => Assert.Equal(text, SiviDate.Parse(text).ToString());

    [Theory]
    [InlineData("09:05:45")]
    [InlineData("09:05:45.5")]
    [InlineData("09:05:45.1234567Z")]
    [InlineData("23:59:59+02:00")]
    public void Times_keep_fraction_and_zone(string text) => Assert.Equal(text, SiviTime.Parse(text).ToString());

    [Theory]
    [InlineData("24:00:00", "00:00:00")]
    [InlineData("24:00:00.000", "00:00:00")]
    [InlineData("24:00:00Z", "00:00:00Z")]
    public void Hour_24_is_midnight(string text, string written) => Assert.Equal(written, SiviTime.Parse(text).ToString());

    [Theory]
    [InlineData("2024-2-29")]
    [InlineData("29-02-2024")]
    [InlineData("2023-02-29")]
    [InlineData("")]
    public void Invalid_dates_are_refused(string text) => Assert.Throws<FormatException>(() => SiviDate.Parse(text));

    [Fact]
    public void Integers_keep_leading_zeros_and_refuse_non_digits()
    {
        Assert.Equal("012345678", LeafValues.ParseInteger("012345678"));
        Assert.Throws<FormatException>(() => LeafValues.ParseInteger("12a"));
        Assert.Throws<FormatException>(() => LeafValues.ParseInteger("-1"));
    }
}

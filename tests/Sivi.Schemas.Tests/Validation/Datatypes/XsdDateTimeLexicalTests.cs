using Sivi.Schemas.Validation.Datatypes;

namespace Sivi.Schemas.Tests.Validation.Datatypes;

/// <summary>xs:date and xs:time as XML Schema 1.0 Part 2 defines them, including where .NET's own parser differs.</summary>
public sealed class XsdDateTimeLexicalTests
{
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("10000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("-0004-02-29")]
    [InlineData("2024-01-01Z")]
    [InlineData("2024-01-01+14:00")]
    [InlineData("2024-01-01-14:00")]
    [InlineData("2024-01-01+13:59")]
    [InlineData(" \t2024-01-01\r\n")]
    public void Accepts_dates_in_the_lexical_space(string value) => Assert.True(XsdDateTimeLexical.IsDate(value));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("-0001-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-01")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("-0000-01-01")]
    [InlineData("02024-01-01")]
    [InlineData("024-01-01")]
    [InlineData("+2024-01-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024-01-01+14:01")]
    [InlineData("2024-01-01+15:00")]
    [InlineData("2024-01-01+01:60")]
    [InlineData("2024-01-01+0100")]
    [InlineData("2024-01-01z")]
    [InlineData("2024-01-01\u00A0")]
    [InlineData("2024-01-01 Z")]
    [InlineData("2024-01-01T00:00:00")]
    [InlineData("")]
    public void Refuses_dates_outside_the_lexical_space(string value) => Assert.False(XsdDateTimeLexical.IsDate(value));

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("23:59:59")]
    [InlineData("24:00:00")]
    [InlineData("24:00:00.000")]
    [InlineData("24:00:00+01:00")]
    [InlineData("12:00:00.123456789012345")]
    [InlineData("12:00:00Z")]
    [InlineData("12:00:00-14:00")]
    [InlineData(" 12:00:00 ")]
    public void Accepts_times_in_the_lexical_space(string value) => Assert.True(XsdDateTimeLexical.IsTime(value));

    [Theory]
    [InlineData("24:00:01")]
    [InlineData("24:01:00")]
    [InlineData("24:00:00.5")]
    [InlineData("25:00:00")]
    [InlineData("23:60:00")]
    [InlineData("23:59:60")]
    [InlineData("12:00")]
    [InlineData("12:00:00.")]
    [InlineData("12:00:00,5")]
    [InlineData("12:00:00+14:01")]
    [InlineData("12:00:00z")]
    [InlineData("12:00:00\u00A0")]
    [InlineData("-12:00:00")]
    public void Refuses_times_outside_the_lexical_space(string value) => Assert.False(XsdDateTimeLexical.IsTime(value));
}

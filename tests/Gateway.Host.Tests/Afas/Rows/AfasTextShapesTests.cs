using System.Globalization;
using System.Text.Json;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Tests.Rows;

/// <summary>
/// The text shapes real GetConnectors give values in (the table in docs/mapping.md, "Values as they arrive"), row by
/// row: what each reads as, and which are field problems (the value reads as null, the row is still read, the text it
/// arrived as is kept for storage, the reason never quotes it).
/// </summary>
public class AfasTextShapesTests
{
    [Theory]
    [InlineData("\"2023-02-18T00:00:00Z\"", "2023-02-18")]
    [InlineData("\"2023-02-18\"", "2023-02-18")]
    [InlineData("\"2023-02-18T00:00:00+01:00\"", "2023-02-18")]
    [InlineData("\"2023-02-18T00:00:00\"", "2023-02-18")]
    [InlineData("\"2023-02-18 00:00:00\"", "2023-02-18")]
    [InlineData("\"2023-02-18T23:30\"", "2023-02-18")]
    [InlineData("\"2023-02-18T13:45:00.000Z\"", "2023-02-18")]
    [InlineData("\" 2023-02-18 \"", "2023-02-18")]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    public void Dates(string json, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, CultureInfo.InvariantCulture), Read(json, f => f.Date("F")));

    [Theory]
    [InlineData("\"18-02-2023\"")]
    [InlineData("\"2023-02-30\"")]
    [InlineData("\"2023-02-18T25:00:00\"")]
    [InlineData("\"2023-02-18Tmiddag\"")]
    [InlineData("\"2023-02-18T00:00:00+0100\"")]
    [InlineData("20230218")]
    [InlineData("true")]
    public void Not_dates(string json) => AssertProblem(json, f => f.Date("F"), "is not a date");

    [Theory]
    [InlineData("\"2023-02-18T09:30:00Z\"", "2023-02-18T09:30:00+01:00")]
    [InlineData("\"2023-02-18T09:30:00\"", "2023-02-18T09:30:00+01:00")]
    [InlineData("\"2023-02-18T09:30:00+01:00\"", "2023-02-18T09:30:00+01:00")]
    [InlineData("\"2023-02-18T08:30:00+00:00\"", "2023-02-18T08:30:00+00:00")]
    [InlineData("\"2023-07-18T09:30:00Z\"", "2023-07-18T09:30:00+02:00")]
    [InlineData("\"2023-07-18T09:30:00.000Z\"", "2023-07-18T09:30:00+02:00")]
    [InlineData("\"2023-02-18 09:30:00\"", "2023-02-18T09:30:00+01:00")]
    [InlineData("\"2023-02-18\"", "2023-02-18T00:00:00+01:00")]
    [InlineData("\"\"", null)]
    public void Date_times_are_amsterdam_wall_clock_unless_they_carry_an_offset(string json, string? expected)
    {
        var instant = Read(json, f => f.DateTime("F"));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), instant);
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, instant?.Offset);
    }

    [Theory]
    [InlineData("\"morgen\"")]
    [InlineData("\"2023-02-18T24:00:00\"")]
    [InlineData("1676709000")]
    public void Not_date_times(string json) => AssertProblem(json, f => f.DateTime("F"), "is not a date-time");

    [Theory]
    [InlineData("0.9", "0.9")]
    [InlineData("\"0.9\"", "0.9")]
    [InlineData("\"0,9\"", "0.9")]
    [InlineData("\" 0,7778 \"", "0.7778")]
    [InlineData("\"36\"", "36")]
    [InlineData("\"-1,5\"", "-1.5")]
    [InlineData("\"+2\"", "2")]
    [InlineData("1E2", "100")]
    [InlineData("\"\"", null)]
    public void Decimals(string json, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture), Read(json, f => f.Decimal("F")));

    [Theory]
    [InlineData("\"1.234,5\"")]
    [InlineData("\"1,234.5\"")]
    [InlineData("\"0,9,0\"")]
    [InlineData("\"1 234\"")]
    [InlineData("\"1e3\"")]
    [InlineData("\"veel\"")]
    [InlineData("true")]
    public void Not_decimals(string json) => AssertProblem(json, f => f.Decimal("F"), "is not a number");

    [Theory]
    [InlineData("12", 12)]
    [InlineData("\"12\"", 12)]
    [InlineData("\" 12 \"", 12)]
    [InlineData("\"12,0\"", 12)]
    [InlineData("12.0", 12)]
    [InlineData("\"\"", null)]
    public void Whole_numbers(string json, int? expected) => Assert.Equal(expected, Read(json, f => f.Integer("F")));

    [Theory]
    [InlineData("\"12a\"")]
    [InlineData("12.5")]
    [InlineData("\"3000000000\"")]
    [InlineData("false")]
    public void Not_whole_numbers(string json) => AssertProblem(json, f => f.Integer("F"), "is not a whole number");

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"Ja\"", true)]
    [InlineData("\"nee\"", false)]
    [InlineData("\"J\"", true)]
    [InlineData("\"n\"", false)]
    [InlineData("\" \"", null)]
    public void Booleans(string json, bool? expected) => Assert.Equal(expected, Read(json, f => f.Boolean("F")));

    [Theory]
    [InlineData("\"Misschien\"")]
    [InlineData("\"yes\"")]
    [InlineData("2")]
    [InlineData("\"2023-02-18\"")]
    public void Not_booleans(string json) => AssertProblem(json, f => f.Boolean("F"), "is not a boolean");

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\" Damrak \"", " Damrak ")]
    [InlineData("12", "12")]
    [InlineData("true", "true")]
    [InlineData("null", null)]
    public void Text_is_kept_as_written_and_empty_text_stays_empty(string json, string? expected) => Assert.Equal(expected, Read(json, f => f.Text("F")));

    [Theory]
    [InlineData("12", "12")]
    [InlineData("12.0", "12")]
    [InlineData("\"12\"", "12")]
    [InlineData("\" 12a \"", "12a")]
    [InlineData("\"12-II\"", "12-II")]
    [InlineData("12.5", "12.5")]
    [InlineData("\"\"", null)]
    public void A_house_number_is_a_number_or_text(string json, string? expected) => Assert.Equal(expected, Read(json, f => f.NumberOrText("F")));

    [Fact]
    public void A_value_problem_keeps_the_row_and_the_text_it_arrived_as_while_no_key_or_an_object_rejects_it()
    {
        var fields = Fields("""{"GUID":"{A}","FTE":"veel","Huisnummer":"12a","Vangnetregeling":"Ja","Begin":{"datum":"2023-02-18"}}""");
        Assert.Null(fields.Decimal("FTE"));
        Assert.Equal("12a", fields.NumberOrText("Huisnummer"));
        Assert.True(fields.Boolean("Vangnetregeling"));
        var problems = fields.ValueProblems();
        Assert.False(fields.RejectsRow(["GUID"]));
        Assert.Equal(("FTE", "is not a number", "veel"), (problems[0].Field, problems[0].Reason, problems.ArrivedText("FTE")));
        Assert.Equal("FTE is not a number", problems.ToString());

        Assert.Null(fields.Date("Begin"));
        Assert.True(fields.RejectsRow(["GUID"]));
        Assert.Equal(new AfasFieldProblem("Begin", "is an object or array, not one value"), fields.RejectingProblem(["GUID"]));

        var keyless = Fields("""{"GUID":" ","FTE":"0,5"}""");
        Assert.Equal("", keyless.RequiredText("GUID"));
        Assert.True(keyless.RejectsRow(["GUID"]));
    }

    private static T? Read<T>(string json, Func<AfasRowFields, T?> read)
    {
        var fields = Fields("{\"F\":" + json + "}");
        var value = read(fields);
        Assert.Empty(fields.Problems);
        return value;
    }

    private static void AssertProblem<T>(string json, Func<AfasRowFields, T?> read, string reason)
    {
        var fields = Fields("{\"F\":" + json + "}");

        Assert.Null(read(fields));

        var problem = Assert.Single(fields.ValueProblems());
        Assert.Equal(new AfasFieldProblem("F", reason), problem);
        var arrived = JsonDocument.Parse(json).RootElement;
        Assert.Equal(arrived.ValueKind == JsonValueKind.String ? arrived.GetString() : arrived.GetRawText(), fields.ValueProblems().ArrivedText("F"));
        Assert.False(fields.RejectsRow(["G"]));
    }

    private static AfasRowFields Fields(string json)
    {
        var fields = new AfasRowFields();
        fields.Load(JsonDocument.Parse(json).RootElement);
        return fields;
    }
}

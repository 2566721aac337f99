using System.Globalization;
using Afas.Simulator.Data;
using Afas.Simulator.Query;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Tests;

/// <summary>The TextValues option: every value in one of the shapes real GetConnectors use, each shape occurring, the same shapes for a record every time.</summary>
public class TextValueShapesTests
{
    private static readonly SimDataset Dataset = new(5, 600, new DateOnly(2025, 6, 2));
    private static readonly ConnectorCatalog Catalog = new(Dataset);

    [Fact]
    public void Every_value_takes_a_shape_of_its_kind_and_every_shape_occurs()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in Catalog.Tables)
        {
            var shapes = new TextValueShapes(table);
            foreach (var row in Rows(table))
            {
                var shaped = shapes.Shape(row);
                for (var i = 0; i < row.Length; i++)
                {
                    seen.Add(Describe(table.Fields[i], row[i], shaped[i]));
                }
            }
        }

        string[] expected =
        [
            "Text null as null", "Text null as \"\"", "Integer as number", "Integer as text", "Integer null as \"\"",
            "Decimal as number", "Decimal as text with comma", "Decimal as text with point",
            "Boolean as true/false", "Boolean as Ja/Nee", "Boolean as J/N", "Boolean as \"1\"/\"0\"", "Boolean as 1/0", "Boolean as \"true\"/\"false\"",
            "Date as T00:00:00Z", "Date as date only", "Date as T00:00:00+offset", "Date as T00:00:00", "Date null as \"\"",
            "DateTime as Z", "DateTime as local", "DateTime as +offset", "DateTime as .000Z",
            "Huisnummer with its addition", "Postcode as lower case with a space",
        ];
        Assert.All(expected, shape => Assert.Contains(shape, seen));
        Assert.DoesNotContain(seen, s => s.StartsWith("unexpected", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_gets_the_same_shapes_whatever_else_is_in_the_answer()
    {
        Assert.True(Catalog.TryGet(ConnectorIds.Verzuim, out var table));
        var rows = Rows(table);

        var once = rows.Select(r => new TextValueShapes(table).Shape(r)).ToList();
        var reversed = rows.AsEnumerable().Reverse().Select(new TextValueShapes(table).Shape).Reverse().ToList();

        Assert.Equal(once.Count, reversed.Count);
        Assert.All(once.Zip(reversed), pair => Assert.Equal(pair.First, pair.Second));
    }

    private static List<object?[]> Rows(SimTable table)
    {
        var rows = new List<object?[]>();
        for (var group = 0; group < table.GroupCount(0); group++)
        {
            table.AddRows(group, 0, rows);
        }
        return rows;
    }

    private static string Describe(SimField field, object? value, object? shaped) => (field.Kind, value, shaped) switch
    {
        (_, _, _) when field.Name is "Huisnummer" or "Verpleegadres_Huisnr." && shaped is string s && s.Any(char.IsLetter) => "Huisnummer with its addition",
        (SimFieldKind.Text, _, _) when field.Name == "Postcode" && shaped is string s && s.Length == 7 && s[4] == ' ' && char.IsAsciiLetterLower(s[5])
            && value is string v && v.Length == 6 => "Postcode as lower case with a space",
        (SimFieldKind.Text, null, null) => "Text null as null",
        (SimFieldKind.Text, null, "") => "Text null as \"\"",
        (SimFieldKind.Text, string, string) => "Text as text",
        (SimFieldKind.Text, string, null) when field.Name.Contains("oev", StringComparison.Ordinal) => "Addition written in the number",
        (_, null, null) => $"{field.Kind} null as null",
        (_, null, "") => $"{field.Kind} null as \"\"",
        (SimFieldKind.Integer, int, int) => "Integer as number",
        (SimFieldKind.Integer, int n, string s) when s == n.ToString(CultureInfo.InvariantCulture) => "Integer as text",
        (SimFieldKind.Decimal, decimal, decimal) => "Decimal as number",
        (SimFieldKind.Decimal, decimal, string s) when s.Contains(',', StringComparison.Ordinal) => "Decimal as text with comma",
        (SimFieldKind.Decimal, decimal, string) => "Decimal as text with point",
        (SimFieldKind.Boolean, bool, bool) => "Boolean as true/false",
        (SimFieldKind.Boolean, bool b, string s) when s == (b ? "Ja" : "Nee") => "Boolean as Ja/Nee",
        (SimFieldKind.Boolean, bool b, string s) when s == (b ? "J" : "N") => "Boolean as J/N",
        (SimFieldKind.Boolean, bool b, string s) when s == (b ? "1" : "0") => "Boolean as \"1\"/\"0\"",
        (SimFieldKind.Boolean, bool b, int i) when i == (b ? 1 : 0) => "Boolean as 1/0",
        (SimFieldKind.Boolean, bool b, string s) when s == (b ? "true" : "false") => "Boolean as \"true\"/\"false\"",
        (SimFieldKind.Date, DateOnly d, string s) when s == $"{Iso(d)}T00:00:00Z" => "Date as T00:00:00Z",
        (SimFieldKind.Date, DateOnly d, string s) when s == $"{Iso(d)}" => "Date as date only",
        (SimFieldKind.Date, DateOnly d, string s) when s == $"{Iso(d)}T00:00:00+01:00" || s == $"{Iso(d)}T00:00:00+02:00" => "Date as T00:00:00+offset",
        (SimFieldKind.Date, DateOnly d, string s) when s == $"{Iso(d)}T00:00:00" => "Date as T00:00:00",
        (SimFieldKind.DateTime, DateTime t, string s) when s == $"{Iso(t)}Z" => "DateTime as Z",
        (SimFieldKind.DateTime, DateTime t, string s) when s == $"{Iso(t)}" => "DateTime as local",
        (SimFieldKind.DateTime, DateTime t, string s) when s == $"{Iso(t)}+01:00" || s == $"{Iso(t)}+02:00" => "DateTime as +offset",
        (SimFieldKind.DateTime, DateTime t, string s) when s == $"{Iso(t)}.000Z" => "DateTime as .000Z",
        _ => $"unexpected {field.Name}: {value} as {shaped}",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}

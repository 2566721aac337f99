using Afas.Simulator.Data;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Tests;

public class TableRowsTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(2_000)]
    public void Every_table_produces_rows_whose_values_match_the_field_kinds(int employees)
    {
        var dataset = new SimDataset(7, employees, new DateOnly(2025, 6, 2));
        var catalog = new ConnectorCatalog(dataset);
        foreach (var table in catalog.Tables)
        {
            var rows = new List<object?[]>();
            var groups = table.GroupCount(0);
            for (var g = 0; g < groups; g++)
            {
                var before = rows.Count;
                table.AddRows(g, 0, rows);
                Assert.Equal(rows.Count - before, table.CountRows(g, 0));
            }
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                Assert.Equal(table.Fields.Count, row.Length);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        Assert.Equal(ExpectedType(table.Fields[i].Kind), value.GetType());
                    }
                }
            }
        }
    }

    private static Type ExpectedType(SimFieldKind kind) => kind switch
    {
        SimFieldKind.Text => typeof(string),
        SimFieldKind.Integer => typeof(int),
        SimFieldKind.Decimal => typeof(decimal),
        SimFieldKind.Boolean => typeof(bool),
        SimFieldKind.Date => typeof(DateOnly),
        _ => typeof(DateTime),
    };
}

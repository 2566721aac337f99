using Afas.Simulator.Data;
using Afas.Simulator.Query;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Tests;

public class QueryExecutorTests
{
    [Theory]
    [InlineData(0, 7)]
    [InlineData(3, 50)]
    [InlineData(101, 13)]
    [InlineData(240, 1000)]
    public void Paging_in_key_order_jumps_straight_to_the_right_row_even_past_empty_groups(int skip, int take)
    {
        var dataset = new SimDataset(5, 150, new DateOnly(2025, 6, 2));
        var table = new VerzuimTable(dataset);
        var all = new List<object?[]>();
        for (var g = 0; g < table.GroupCount(0); g++)
        {
            table.AddRows(g, 0, all);
        }
        Assert.Contains(Enumerable.Range(0, table.GroupCount(0)), g => table.CountRows(g, 0) == 0);

        var page = new QueryExecutor().Execute(table, new ConnectorQuery(skip, take, [], []), 0).ToList();

        Assert.Equal(all.Skip(skip).Take(take).Select(r => r[27]), page.Select(r => r[27]));
    }

    [Fact]
    public void A_million_employees_are_served_without_storing_them()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var dataset = new SimDataset(1, 1_000_000, new DateOnly(2025, 6, 2));
        var table = new MedewerkerIbanTable(dataset);

        var last = new QueryExecutor().Execute(table, new ConnectorQuery(999_990, 100, [], []), 0).ToList();

        Assert.Equal(10, last.Count);
        Assert.All(last, r => Assert.True(IbanGenerator.IsValid((string)r[0]!)));
        Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 32L * 1024 * 1024);
    }

    [Fact]
    public void Nulls_only_match_emptiness_and_negations()
    {
        object?[] row = [null, "", "Jansen"];
        Assert.True(FilterEvaluator.Matches(row, [new FilterCondition(0, FilterOperator.Empty, "", "")]));
        Assert.True(FilterEvaluator.Matches(row, [new FilterCondition(1, FilterOperator.Empty, "", "")]));
        Assert.False(FilterEvaluator.Matches(row, [new FilterCondition(0, FilterOperator.Equal, "x", "x")]));
        Assert.True(FilterEvaluator.Matches(row, [new FilterCondition(0, FilterOperator.NotEqual, "x", "x")]));
        Assert.True(FilterEvaluator.Matches(row, [new FilterCondition(0, FilterOperator.NotContains, "x", "x")]));
        Assert.True(FilterEvaluator.Matches(row, [new FilterCondition(2, FilterOperator.StartsWith, "jan", "jan")]));
        Assert.False(FilterEvaluator.Matches(row, [new FilterCondition(2, FilterOperator.StartsWith, "jan", "jan"), new FilterCondition(0, FilterOperator.NotEmpty, "", "")]));
    }
}

using Afas.Simulator.Tables;

namespace Afas.Simulator.Query;

/// <summary>
/// Produces the rows of one page. Unfiltered requests in key order stream straight from the generators using the
/// <see cref="RowIndex"/>; filtered or re-ordered requests first build a plan (the matching row positions, sorted)
/// that is cached per table, filter, order and day so later pages are cheap.
/// </summary>
internal sealed class QueryExecutor
{
    private static readonly int PlanCacheSize = 8;
    private static readonly long GroupStride = 4096;

    private readonly object _gate = new();
    private readonly Dictionary<string, RowIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indexDays = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, long[] Plan)> _plans = new();

    public IEnumerable<object?[]> Execute(SimTable table, ConnectorQuery query, int day)
    {
        var take = query.TakesAll ? int.MaxValue : query.Take;
        return IsNaturalOrder(table, query) && query.Filters.Count == 0
            ? Natural(table, day, query.Skip, take)
            : Planned(table, day, Plan(table, query, day), query.Skip, take);
    }

    private IEnumerable<object?[]> Natural(SimTable table, int day, int skip, int take)
    {
        var index = IndexFor(table, day);
        if (skip >= index.RowCount)
        {
            yield break;
        }
        var group = index.GroupOf(skip);
        var offset = skip - index.StartOf(group);
        var rows = new List<object?[]>();
        var produced = 0;
        for (; group < index.GroupCount && produced < take; group++)
        {
            rows.Clear();
            table.AddRows(group, day, rows);
            for (var i = offset; i < rows.Count && produced < take; i++, produced++)
            {
                yield return rows[i];
            }
            offset = 0;
        }
    }

    private static IEnumerable<object?[]> Planned(SimTable table, int day, long[] plan, int skip, int take)
    {
        var rows = new List<object?[]>();
        var loadedGroup = -1L;
        var end = (int)Math.Min(plan.LongLength, (long)skip + take);
        for (var i = skip; i < end; i++)
        {
            var group = plan[i] / GroupStride;
            if (group != loadedGroup)
            {
                rows.Clear();
                table.AddRows((int)group, day, rows);
                loadedGroup = group;
            }
            yield return rows[(int)(plan[i] % GroupStride)];
        }
    }

    private long[] Plan(SimTable table, ConnectorQuery query, int day)
    {
        var key = $"{table.ConnectorId}|{day}|{query.FilterSignature}|{query.OrderSignature}";
        lock (_gate)
        {
            for (var node = _plans.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    _plans.Remove(node);
                    _plans.AddFirst(node);
                    return node.Value.Plan;
                }
            }
        }
        var plan = BuildPlan(table, query, day);
        lock (_gate)
        {
            _plans.AddFirst((key, plan));
            while (_plans.Count > PlanCacheSize)
            {
                _plans.RemoveLast();
            }
        }
        return plan;
    }

    private static long[] BuildPlan(SimTable table, ConnectorQuery query, int day)
    {
        var natural = IsNaturalOrder(table, query);
        var positions = new List<long>();
        var sortKeys = natural ? null : new List<object?[]>();
        var rows = new List<object?[]>();
        var groups = table.GroupCount(day);
        for (var group = 0; group < groups; group++)
        {
            rows.Clear();
            table.AddRows(group, day, rows);
            for (var i = 0; i < rows.Count; i++)
            {
                if (!FilterEvaluator.Matches(rows[i], query.Filters))
                {
                    continue;
                }
                positions.Add((group * GroupStride) + i);
                sortKeys?.Add(query.Order.Select(o => rows[i][o.FieldIndex]).ToArray());
            }
        }
        if (sortKeys is null)
        {
            return [.. positions];
        }
        var order = Enumerable.Range(0, positions.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < query.Order.Count; k++)
            {
                var compared = FieldValues.Compare(sortKeys[a][k], sortKeys[b][k]);
                if (compared != 0)
                {
                    return query.Order[k].Descending ? -compared : compared;
                }
            }
            return a.CompareTo(b);
        });
        return order.Select(i => positions[i]).ToArray();
    }

    /// <summary>Key order (or a leading part of it), all ascending: the order rows are generated in.</summary>
    private static bool IsNaturalOrder(SimTable table, ConnectorQuery query)
    {
        if (query.Order.Count > table.KeyFields.Count)
        {
            return false;
        }
        for (var i = 0; i < query.Order.Count; i++)
        {
            if (query.Order[i].Descending || table.Fields[query.Order[i].FieldIndex].Name != table.KeyFields[i])
            {
                return false;
            }
        }
        return true;
    }

    private RowIndex IndexFor(SimTable table, int day)
    {
        RowIndex? reusable = null;
        lock (_gate)
        {
            if (_indexes.TryGetValue(table.ConnectorId, out var earlier))
            {
                var earlierDay = _indexDays[table.ConnectorId];
                if (earlierDay == day)
                {
                    return earlier;
                }
                reusable = !table.GroupSizesChangeOverTime && earlierDay <= day ? earlier : null;
            }
        }
        var index = RowIndex.Build(table, day, reusable);
        lock (_gate)
        {
            _indexes[table.ConnectorId] = index;
            _indexDays[table.ConnectorId] = day;
        }
        return index;
    }
}

using Afas.Simulator.Tables;

namespace Afas.Simulator.Query;

/// <summary>
/// Prefix sums of rows per group for one table on one day: finds the group holding row i of the natural order
/// without generating the rows before it. Costs one int per group.
/// </summary>
internal sealed class RowIndex
{
    private readonly int[] _starts;

    private RowIndex(int[] starts) => _starts = starts;

    public int GroupCount => _starts.Length - 1;

    public int RowCount => _starts[^1];

    public static RowIndex Build(SimTable table, int day, RowIndex? earlier)
    {
        var groups = table.GroupCount(day);
        var starts = new int[groups + 1];
        var from = 0;
        if (earlier is not null && earlier.GroupCount <= groups)
        {
            Array.Copy(earlier._starts, starts, earlier._starts.Length);
            from = earlier.GroupCount;
        }
        for (var g = from; g < groups; g++)
        {
            starts[g + 1] = starts[g] + table.CountRows(g, day);
        }
        return new RowIndex(starts);
    }

    public int StartOf(int group) => _starts[group];

    /// <summary>The group that holds row <paramref name="row"/> (0 &lt;= row &lt; RowCount).</summary>
    public int GroupOf(int row)
    {
        var found = Array.BinarySearch(_starts, row);
        if (found < 0)
        {
            return ~found - 1;
        }
        // several empty groups may start at the same row: take the last of them
        while (found + 1 < _starts.Length - 1 && _starts[found + 1] == row)
        {
            found++;
        }
        return found;
    }
}

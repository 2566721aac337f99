using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>
/// One GetConnector's rows, grouped (per employer, unit or employee) so that row i of the natural order can be
/// found without generating everything before it. Natural order is the key order: generation follows it.
/// </summary>
internal abstract class SimTable
{
    private readonly Dictionary<string, int> _fieldIndex;

    protected SimTable(SimDataset dataset, string connectorId, IReadOnlyList<SimField> fields, IReadOnlyList<string> keyFields)
    {
        Dataset = dataset;
        ConnectorId = connectorId;
        Fields = fields;
        KeyFields = keyFields;
        _fieldIndex = fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    public string ConnectorId { get; }

    public IReadOnlyList<SimField> Fields { get; }

    /// <summary>The record key, in the order the rows are generated.</summary>
    public IReadOnlyList<string> KeyFields { get; }

    /// <summary>Whether the number of rows in a group can change from day to day (beyond new groups appearing).</summary>
    public virtual bool GroupSizesChangeOverTime => false;

    protected SimDataset Dataset { get; }

    public bool TryGetFieldIndex(string name, out int index) => _fieldIndex.TryGetValue(name, out index);

    public abstract int GroupCount(int day);

    /// <summary>Appends the rows of <paramref name="group"/> on simulated day <paramref name="day"/>, in key order; values follow <see cref="Fields"/>.</summary>
    public abstract void AddRows(int group, int day, List<object?[]> rows);

    public virtual int CountRows(int group, int day)
    {
        var rows = new List<object?[]>();
        AddRows(group, day, rows);
        return rows.Count;
    }
}

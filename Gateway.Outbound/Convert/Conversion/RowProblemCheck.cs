using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// The rule for fields whose value could not be read (<see cref="IAfasRow{TSelf}.Problems"/>), applied to the rows one
/// message is made from: a problem in a field the message type reads (<see cref="FieldsUsed"/>) stops that message
/// (uitval naming the field: the message would carry a wrong or missing value); a problem in any other field of those
/// rows is a note on the message, which is sent. So one bad field never drops a message that does not carry it, nor
/// the messages of records that depend on the row. Reasons name the connector and record, never the value.
/// </summary>
public sealed class RowProblemCheck(string messageType)
{
    private List<Entry>? _rows;

    /// <summary>Adds a row the message is made from with the fields the message reads from it; a row added twice reads the union.</summary>
    public RowProblemCheck Add<TRow>(TRow row, IReadOnlySet<string> used) where TRow : IAfasRow<TRow>
    {
        if (row.Problems.Count == 0)
        {
            return this;
        }
        _rows ??= [];
        var entry = _rows.Find(e => e.Connector == TRow.ConnectorId && e.Key == row.Key);
        if (entry is null)
        {
            _rows.Add(new Entry(TRow.ConnectorId, row.Key, row.Problems, new HashSet<string>(used, StringComparer.Ordinal)));
        }
        else
        {
            entry.Used.UnionWith(used);
        }
        return this;
    }

    /// <summary>Throws a <see cref="MappingException"/> for the first problem in a field the message reads; else adds a note per problem.</summary>
    public void Apply(List<MappingNote> notes)
    {
        if (_rows is null)
        {
            return;
        }
        foreach (var row in _rows)
        {
            foreach (var problem in row.Problems)
            {
                if (row.Used.Contains(problem.Field))
                {
                    throw new MappingException(problem.Field, $"{problem.Reason} ({Where(row)}); {messageType} needs it");
                }
            }
        }
        foreach (var row in _rows)
        {
            foreach (var problem in row.Problems)
            {
                notes.Add(new MappingNote(problem.Field, $"{problem.Reason} ({Where(row)}); not used by {messageType}, which was sent"));
            }
        }
    }

    /// <summary>Throws for a problem in one of <paramref name="fields"/> of a row a message needs before it can be built at all.</summary>
    public void Require<TRow>(TRow row, IReadOnlySet<string> fields) where TRow : IAfasRow<TRow>
    {
        foreach (var problem in row.Problems)
        {
            if (fields.Contains(problem.Field))
            {
                throw new MappingException(problem.Field, $"{problem.Reason} ({Where(TRow.ConnectorId, row.Key)}); {messageType} needs it");
            }
        }
    }

    private static string Where(Entry row) => Where(row.Connector, row.Key);

    private static string Where(string connector, AfasRecordKey key) =>
        $"{connector.Replace("Newdays_Connect_", "", StringComparison.Ordinal).Replace("_v1", "", StringComparison.Ordinal)} {key}";

    private sealed record Entry(string Connector, AfasRecordKey Key, AfasFieldProblems Problems, HashSet<string> Used);
}

using System.Text;

namespace Gateway.Receiving.Startup;

/// <summary>
/// A small CSV reader for the start-up overviews: a header row naming the columns (any order, case-insensitive),
/// separator ';' or ',' (taken from the header row), fields optionally in double quotes ("" is a quote).
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(Dictionary<string, int> columns, List<(int Line, string[] Fields)> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string? Get(string[] fields, string column) =>
        _columns.TryGetValue(column, out var index) && index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;

    public static async Task<CsvTable> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? "";
        var separator = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = Split(header.TrimStart('\uFEFF'), separator);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim(), i);
        }
        var rows = new List<(int, string[])>();
        var line = 1;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            line++;
            if (text.Trim().Length > 0)
            {
                rows.Add((line, Split(text, separator)));
            }
        }
        return new CsvTable(columns, rows);
    }

    private static string[] Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}

using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Gateway.Core.Overviews;

/// <summary>
/// A start-up overview as a table (seed 003): a header row naming the columns (any order, case-insensitive) and the rows
/// with their line (row) numbers, read from CSV or from an Excel workbook (.xlsx, first sheet, through MiniExcel) and
/// written the same two ways. CSV: separator ';' or ',' (taken from the header row), fields optionally in double quotes
/// ("" is a quote), UTF-8 with or without BOM. Excel: dates in date cells become <c>yyyy-MM-dd</c>, numbers their
/// invariant text.
/// </summary>
public sealed class OverviewTable
{
    private readonly Dictionary<string, int> _columns;

    private OverviewTable(IReadOnlyList<string> header, List<(int Line, string[] Fields)> rows)
    {
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }
        Rows = rows;
    }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string? Get(string[] fields, string column) =>
        _columns.TryGetValue(column, out var index) && index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>Whether <paramref name="fileName"/> names an Excel workbook (.xlsx); anything else is read as CSV.</summary>
    public static OverviewFormat FormatOf(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? OverviewFormat.Xlsx : OverviewFormat.Csv;

    public static async Task<OverviewTable> ReadAsync(Stream content, OverviewFormat format, CancellationToken cancellationToken)
    {
        if (format == OverviewFormat.Csv)
        {
            using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return await ReadCsvAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        // MiniExcel reads the workbook's zip from a seekable stream
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var rows = (await buffer.QueryAsync(useHeaderRow: false, excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false))
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(Cell).ToArray())
            .ToList();
        var header = rows.Count == 0 ? [] : rows[0];
        return new OverviewTable(header, [.. rows.Skip(1).Select((fields, i) => (Line: i + 2, Fields: fields)).Where(r => r.Fields.Any(f => f.Length > 0))]);
    }

    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> (null: empty cell) as CSV (';', quoted where needed) or .xlsx.</summary>
    public static async Task WriteAsync(Stream target, OverviewFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows,
        CancellationToken cancellationToken)
    {
        if (format == OverviewFormat.Csv)
        {
            var writer = new StreamWriter(target, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\r\n" };
            await using (writer.ConfigureAwait(false))
            {
                foreach (var row in rows.Prepend(header))
                {
                    await writer.WriteLineAsync(string.Join(';', row.Select(Quote)).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
            return;
        }
        // the header as the first row, so a sheet without rows still names its columns
        var sheet = rows.Prepend(header).Select(row => (IDictionary<string, object?>)header.Select((name, i) => (name, value: (object?)(i < row.Count ? row[i] : null)))
            .ToDictionary(c => c.name, c => c.value, StringComparer.Ordinal));
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheet, printHeader: false, sheetName: "Overzicht", excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await buffer.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("s", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static async Task<OverviewTable> ReadCsvAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? "";
        var separator = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var names = Split(header.TrimStart('\uFEFF'), separator);
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
        return new OverviewTable(names, rows);
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

/// <summary>How a start-up overview is stored: CSV or an Excel workbook.</summary>
public enum OverviewFormat
{
    Csv,
    Xlsx,
}

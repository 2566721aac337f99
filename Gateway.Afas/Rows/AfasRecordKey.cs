namespace Gateway.Afas.Rows;

/// <summary>
/// The record key of a row: its key field values joined with '|' ('|' and '\' escaped), e.g.
/// "{GUID}|1|2" for a Medewerker_Gegevens row. Safe to log: keys are GUIDs, codes and numbers.
/// </summary>
public readonly record struct AfasRecordKey(string Value)
{
    public static AfasRecordKey Of(params ReadOnlySpan<string> parts)
    {
        var escaped = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            escaped[i] = parts[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        }
        return new AfasRecordKey(string.Join('|', escaped));
    }

    public override string ToString() => Value;
}

namespace Gateway.Afas.Changes;

/// <summary>
/// One GetConnector row reduced to what change detection needs: its key, the employer and employee it belongs
/// to (for the activation gate), and its fields as canonical text values (null for empty).
/// </summary>
public sealed record SourceRecord(
    string Key,
    string? EmployerCode,
    string? SubjectKey,
    IReadOnlyList<KeyValuePair<string, string?>> Fields)
{
    /// <summary>
    /// The row arrived but could not be read (it became uitval). Its last known state is kept as it is: a record
    /// that is present in AFAS is neither changed nor gone because one of its values is unreadable today.
    /// </summary>
    public bool Unreadable { get; init; }

    /// <summary>A placeholder for a rejected row whose key could be read.</summary>
    public static SourceRecord UnreadableRow(string key) => new(key, null, null, []) { Unreadable = true };
}

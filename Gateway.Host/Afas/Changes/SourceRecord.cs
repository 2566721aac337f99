namespace Gateway.Host.Afas.Changes;

/// <summary>
/// One GetConnector row reduced to what change detection needs: its key, the employer and employee it belongs
/// to (for the activation gate), and its fields as canonical text values (null for empty).
/// </summary>
public sealed record SourceRecord(
    string Key,
    string? EmployerCode,
    string? SubjectKey,
    IReadOnlyList<KeyValuePair<string, string?>> Fields);

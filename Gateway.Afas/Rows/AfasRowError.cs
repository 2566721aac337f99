namespace Gateway.Afas.Rows;

/// <summary>
/// A row that was rejected: connector, record key when its key fields could be read, the field and the reason.
/// Values are never included (BSN, IBAN and medical fields must not reach logs). <see cref="Position"/> is the
/// row's 0-based position in the pull (skip + index in the page).
/// </summary>
public sealed record AfasRowError(string ConnectorId, AfasRecordKey? RecordKey, string Field, string Reason, long Position)
{
    public override string ToString() =>
        $"{ConnectorId} row {Position} (key {RecordKey?.Value ?? "unknown"}): {Field} {Reason}";
}

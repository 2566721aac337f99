using Gateway.Core.Uitval;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// A record that could not become a valid message: which integration, connector and record, which field, why, and —
/// for validation failures — the schema errors (values redacted). Never holds BSN, IBAN or medical values.
/// </summary>
public sealed record ConversionFailure(
    string Integration,
    string Connector,
    string? RecordKey,
    string Field,
    string Reason,
    UitvalStage Stage,
    IReadOnlyList<string> SchemaErrors)
{
    /// <summary>The uitval record for uitvalbeheer.</summary>
    public UitvalEntry ToUitvalEntry(DateTime createdUtc) => new()
    {
        Integration = Integration,
        Stage = Stage,
        Connector = Connector,
        RecordKey = RecordKey,
        Field = Field,
        Reason = Reason,
        SchemaError = SchemaErrors.Count == 0 ? null : string.Join('\n', SchemaErrors),
        Status = UitvalStatus.Open,
        CreatedUtc = createdUtc,
    };

    public override string ToString() => $"{Connector} {RecordKey ?? "(no key)"} {Field}: {Reason}";
}

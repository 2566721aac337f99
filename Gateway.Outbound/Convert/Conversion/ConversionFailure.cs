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
    /// <summary>The uitval record for uitvalbeheer: of <paramref name="account"/> (the one that converts), from the mutation it came from.</summary>
    public UitvalEntry ToUitvalEntry(DateTime createdUtc, string? account = null, long? sourceMutationId = null) => new()
    {
        Integration = Integration,
        Account = account,
        SourceMutationId = sourceMutationId,
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

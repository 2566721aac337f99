namespace Gateway.Outbound.Convert.Conversion;

/// <summary>Something left out of a message that was sent, e.g. an incomplete address: record, field and reason.</summary>
public sealed record ConversionNote(string Connector, string RecordKey, string Field, string Reason);

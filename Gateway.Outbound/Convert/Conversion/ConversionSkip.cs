namespace Gateway.Outbound.Convert.Conversion;

/// <summary>A record (or, with a null key, a whole connector) that deliberately produced no message, and why.</summary>
public sealed record ConversionSkip(string Connector, string? RecordKey, string Reason);

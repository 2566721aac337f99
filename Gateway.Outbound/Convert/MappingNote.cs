namespace Gateway.Outbound.Convert;

/// <summary>Something left out of a message that was still sent (e.g. an incomplete home address): field and reason, never a value.</summary>
public sealed record MappingNote(string Field, string Reason);

namespace Gateway.Core.Uitval;

/// <summary>
/// A record that failed somewhere on its way (import, transformation, validation, delivery): uitvalbeheer works
/// these. Holds keys and reasons only — never BSN, IBAN or medical content.
/// </summary>
public sealed class UitvalEntry
{
    public long Id { get; set; }

    public required string Integration { get; set; }

    public UitvalStage Stage { get; set; }

    public required string Connector { get; set; }

    public string? RecordKey { get; set; }

    public string? Field { get; set; }

    public required string Reason { get; set; }

    public string? SchemaError { get; set; }

    public UitvalStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ResolvedUtc { get; set; }

    public string? ResolvedBy { get; set; }
}

public enum UitvalStage
{
    Import = 1,
    Transformation = 2,
    Validation = 3,
    Delivery = 4,

    /// <summary>A partner that cannot be reached: one alert per outage of an account (not a record); it closes by itself.</summary>
    Connection = 5,
}

public enum UitvalStatus
{
    Open = 1,
    Resolved = 2,
    Dismissed = 3,
}

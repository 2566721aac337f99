namespace Gateway.Core.Uitval;

/// <summary>
/// A record that failed somewhere on its way (import, transformation, validation, delivery): uitvalbeheer works
/// these. Holds keys and reasons only — never BSN, IBAN or medical content.
/// </summary>
public sealed class UitvalEntry
{
    public long Id { get; set; }

    /// <summary>
    /// The AFAS integration whose record failed or that a message was made from; null when no AFAS record is involved
    /// (a partner connection, a Retourmelding, a file a partner sent to a receiving account without an integration).
    /// Entries written before version 2026-12-07 may hold an account's name here instead; see <see cref="UitvalSelection"/>.
    /// </summary>
    public string? Integration { get; set; }

    /// <summary>
    /// The partner account the failure concerns: set for every stage but import (each account converts, receives and
    /// answers on its own); null for import uitval of an AFAS pull, which concerns every account the integration feeds.
    /// </summary>
    public string? Account { get; set; }

    public UitvalStage Stage { get; set; }

    public required string Connector { get; set; }

    public string? RecordKey { get; set; }

    public string? Field { get; set; }

    public required string Reason { get; set; }

    public string? SchemaError { get; set; }

    public UitvalStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the record failed again (with <see cref="Reason"/> as it is now); null when it failed once.</summary>
    public DateTime? UpdatedUtc { get; set; }

    /// <summary>The AFAS mutation whose conversion failed (transformation and validation), replayed when the record is tried again.</summary>
    public long? SourceMutationId { get; set; }

    /// <summary>
    /// When a retry (the scheduled sync's, or an admin's) asked the stage to try the record again; cleared once the stage
    /// did: it then closed the entry or recorded the new reason.
    /// </summary>
    public DateTime? RetryRequestedUtc { get; set; }

    public DateTime? ResolvedUtc { get; set; }

    public string? ResolvedBy { get; set; }

    /// <summary>How it was closed, e.g. "resolved by the sync of 07-12-2026 21:00".</summary>
    public string? Resolution { get; set; }
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

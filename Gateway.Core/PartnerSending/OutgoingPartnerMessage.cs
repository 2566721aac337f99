namespace Gateway.Core.PartnerSending;

/// <summary>
/// A Documenten or Afspraken message the receiving role (the arbodienst) sends a partner, from request to answer:
/// requested (from the drop folder or the admin API), built and validated for the partner's release, sent over the
/// account's transport, then acknowledged or rejected by the partner's Retourmelding.
/// <para>Retention: the request's document and the built body are kept with the row; a retention rule clears
/// <see cref="Attachment"/> and <see cref="Body"/> of answered rows by <see cref="AnsweredUtc"/>.</para>
/// </summary>
public sealed class OutgoingPartnerMessage
{
    public long Id { get; set; }

    /// <summary>The receiving account (partner) it goes to.</summary>
    public required string Account { get; set; }

    /// <summary>Documenten or Afspraken.</summary>
    public required string MessageType { get; set; }

    /// <summary>The request as JSON (employee, case, document type, …; see docs/receiving.md), never logged.</summary>
    public required string Request { get; set; }

    /// <summary>The document of a Documenten request.</summary>
    public byte[]? Attachment { get; set; }

    /// <summary>Where the request came from: <c>drop:&lt;file&gt;</c> or <c>api:&lt;user&gt;</c>.</summary>
    public required string Origin { get; set; }

    public string? Release { get; set; }

    public string? Berrefnr { get; set; }

    public string? FileName { get; set; }

    /// <summary>The built, validated message.</summary>
    public byte[]? Body { get; set; }

    public OutgoingState State { get; set; }

    /// <summary>Why it failed or was rejected (scrubbed).</summary>
    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }
}

public enum OutgoingState
{
    /// <summary>Waiting to be built and sent.</summary>
    Requested = 1,

    /// <summary>In the partner's folder; waiting for its Retourmelding.</summary>
    Sent = 2,

    /// <summary>The partner's Retourmelding says processed.</summary>
    Acknowledged = 3,

    /// <summary>The partner's Retourmelding says not processed.</summary>
    Rejected = 4,

    /// <summary>Could not be built or was not valid for the partner's release (uitval).</summary>
    Failed = 5,
}

using Gateway.Core.Privacy;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// One line of the daily uitval report: keys and reasons only. Free text is scrubbed of BSN, IBAN and medical
/// terms again by <see cref="PersonalDataScrubber"/> before it goes into an e-mail.
/// </summary>
/// <param name="Integration">The AFAS integration the record came through; null when no AFAS record is involved.</param>
/// <param name="Account">The account whose report recipients get this line.</param>
/// <param name="Stage">Where the record failed.</param>
/// <param name="RecordKey">The key the record is known by (e.g. an employee GUID), when it has one.</param>
/// <param name="Field">The field at fault, when known.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="RaisedAt">When it was first recorded.</param>
/// <param name="IsNew">Raised since the previous report; otherwise still open from before.</param>
/// <param name="Severity">Uitval (the default), warning or notice.</param>
/// <param name="Connector">The data stream: the AFAS connector, or the message type of a delivery.</param>
/// <param name="Identity">What the line is about (e.g. <c>uitval/12</c>): lines of several accounts with one identity are
/// one line for a recipient of those accounts. Null: the integration, stage, stream, key, field and reason.</param>
/// <param name="Kind">A failed record, a pull that failed as a whole, or a message no Retourmelding answered.</param>
public sealed record UitvalReportItem(
    string? Integration,
    string Account,
    UitvalStage Stage,
    string? RecordKey,
    string? Field,
    string Reason,
    DateTimeOffset RaisedAt,
    bool IsNew,
    UitvalSeverity Severity = UitvalSeverity.Uitval,
    string? Connector = null,
    string? Identity = null,
    UitvalItemKind Kind = UitvalItemKind.Record)
{
    /// <summary>What the line is about, for listing it once per recipient.</summary>
    public string Key => Identity ?? $"{Integration}|{Stage}|{Connector}|{RecordKey}|{Field}|{Reason}";
}

/// <summary>What a report line is about.</summary>
public enum UitvalItemKind
{
    /// <summary>A record that failed (uitval).</summary>
    Record = 1,

    /// <summary>A pull that failed as a whole (token refused, IP restriction, timeout, …).</summary>
    PullFailure = 2,

    /// <summary>A delivered message that no Retourmelding acknowledged within the configured time.</summary>
    Unacknowledged = 3,

    /// <summary>A pull the mass-change guard held: not applied, waiting for an admin's decision.</summary>
    HeldPull = 4,
}

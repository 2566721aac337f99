using Gateway.Core.Privacy;

namespace Gateway.Core.Uitval.Report;

/// <summary>
/// One line of the daily uitval report: keys and reasons only. Free text is scrubbed of BSN, IBAN and medical
/// terms again by <see cref="PersonalDataScrubber"/> before it goes into an e-mail.
/// </summary>
/// <param name="Integration">The integration the record came through.</param>
/// <param name="Account">The account whose report recipients get this line.</param>
/// <param name="Stage">Where the record failed.</param>
/// <param name="RecordKey">The key the record is known by (e.g. an employee GUID), when it has one.</param>
/// <param name="Field">The field at fault, when known.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="RaisedAt">When it was first recorded.</param>
/// <param name="IsNew">Raised since the previous report; otherwise still open from before.</param>
/// <param name="Severity">Uitval (the default), warning or notice.</param>
public sealed record UitvalReportItem(
    string Integration,
    string Account,
    UitvalStage Stage,
    string? RecordKey,
    string? Field,
    string Reason,
    DateTimeOffset RaisedAt,
    bool IsNew,
    UitvalSeverity Severity = UitvalSeverity.Uitval);

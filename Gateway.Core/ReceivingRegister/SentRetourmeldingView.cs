namespace Gateway.Core.ReceivingRegister;

/// <summary>
/// A Retourmelding the receiving role made: the file it answers (its Berrefnr), <c>02</c> (processed) or <c>03</c> (not
/// processed), when it was made and when it reached the partner's Retourmelding folder (null: not yet).
/// </summary>
public sealed record SentRetourmeldingView(
    long Id,
    string Account,
    string FileName,
    long ReceivedFileId,
    string? AnsweredBerrefnr,
    string Code,
    DateTime CreatedUtc,
    DateTime? DeliveredUtc);

/// <summary>Retourmelding search: account, code (<c>02</c>/<c>03</c>), delivered or still pending, period made.</summary>
public sealed record SentRetourmeldingFilter(string? Account, string? Code, bool? Delivered, DateTime? FromUtc, DateTime? ToUtc, int Skip, int Take);

/// <summary>
/// The processing report of one receiving run that saw files or new intake problems: counts per outcome and the report
/// text (the Toelichtingen, scrubbed) — the same text the account's recipients get by mail.
/// </summary>
public sealed record ProcessingReportView(long Id, string Account, DateTime AtUtc, int Files, int Processed, int Refused, int Held, int Waiting, int Problems, string Text);

/// <summary>Processing report search: account, period.</summary>
public sealed record ProcessingReportFilter(string? Account, DateTime? FromUtc, DateTime? ToUtc, int Skip, int Take);

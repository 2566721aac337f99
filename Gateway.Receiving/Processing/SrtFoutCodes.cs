namespace Gateway.Receiving.Processing;

/// <summary>
/// The SrtFoutCd (soort fout) the gateway writes in a Retourmelding's Foutmldng. The schemas list the codes
/// (01, 06 and 99 in every release; 02–05 in 2022 only) but SIVI publishes their meaning only in PDFs; the gateway
/// uses the three codes valid in every release, read as:
/// <list type="bullet">
/// <item><c>01</c> — the file is not a valid message of the agreed type and release (technically wrong).</item>
/// <item><c>06</c> — a valid message the receiver's rules refuse (authorisation, duplicate, chain of the absence case).</item>
/// <item><c>99</c> — other (file too large, no import configuration for the file).</item>
/// </list>
/// Changing the reading is a change to <see cref="For"/> only.
/// </summary>
public static class SrtFoutCodes
{
    public const string TechnischOnjuist = "01";
    public const string InhoudelijkGeweigerd = "06";
    public const string Overig = "99";

    public static string For(ReceivingErrorKind kind) => kind switch
    {
        ReceivingErrorKind.NotWellFormed or ReceivingErrorKind.UnknownMessageType or ReceivingErrorKind.UnknownRelease or ReceivingErrorKind.NotReceivable
            or ReceivingErrorKind.ImportConfigurationMismatch or ReceivingErrorKind.SchemaInvalid or ReceivingErrorKind.Unreadable
            => TechnischOnjuist,
        ReceivingErrorKind.UnauthorisedEmployer or ReceivingErrorKind.DuplicateBerrefnr or ReceivingErrorKind.UnknownCase
            or ReceivingErrorKind.SequenceRepeated or ReceivingErrorKind.SequenceGap or ReceivingErrorKind.SequenceInvalid
            or ReceivingErrorKind.SequenceGapExpired
            => InhoudelijkGeweigerd,
        _ => Overig,
    };
}

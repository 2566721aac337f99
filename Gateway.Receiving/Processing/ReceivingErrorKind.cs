namespace Gateway.Receiving.Processing;

/// <summary>Why a received file or one of its messages could not be applied (each maps to a SrtFoutCd, see <see cref="SrtFoutCodes"/>).</summary>
public enum ReceivingErrorKind
{
    /// <summary>The file is larger than <c>Gateway:Receiving:MaxFileBytes</c>.</summary>
    TooLarge = 1,

    /// <summary>The file is not well-formed XML (empty, truncated, a DTD, not XML at all).</summary>
    NotWellFormed,

    /// <summary>The root element and namespace are no SIVI message type and release the gateway knows.</summary>
    UnknownMessageType,

    /// <summary>A known SIVI type the receiving role does not take in (a Retourmelding1).</summary>
    NotReceivable,

    /// <summary>No import configuration of the account covers the file's folder and name.</summary>
    NoImportConfiguration,

    /// <summary>The file's type or release is not what the import configuration covering it expects.</summary>
    ImportConfigurationMismatch,

    /// <summary>The document breaks its release's schema.</summary>
    SchemaInvalid,

    /// <summary>The document is valid but cannot be read into the typed model.</summary>
    Unreadable,

    /// <summary>The message names an employer the account is not authorised for.</summary>
    UnauthorisedEmployer,

    /// <summary>A message with this Berrefnr was already received from the account.</summary>
    DuplicateBerrefnr,

    /// <summary>A (partial) recovery, change, end, correction or deletion for an absence case the register does not know.</summary>
    UnknownCase,

    /// <summary>The sequence number (VrzmgvlVnrMld) of the case was already received.</summary>
    SequenceRepeated,

    /// <summary>The sequence number skips one or more of the case: the message waits for the missing ones.</summary>
    SequenceGap,

    /// <summary>The sequence number is not a number.</summary>
    SequenceInvalid,

    /// <summary>The message waited longer than <c>Gateway:Receiving:WaitingExpiryHours</c> for a gap in its case that did not fill.</summary>
    SequenceGapExpired,

    /// <summary>The file was held while the account was blocked, and the admin discarded the held files at restart.</summary>
    DiscardedAtRestart,

    /// <summary>
    /// The file is of a SIVI release (jaargang) whose schemas are not installed here (e.g. 2021, which SIVI does not
    /// publish): it cannot be read, and is answered in the newest release the account accepts.
    /// </summary>
    UnknownRelease,
}

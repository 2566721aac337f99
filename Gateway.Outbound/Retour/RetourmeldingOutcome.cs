namespace Gateway.Outbound.Retour;

/// <summary>What a received Retourmelding did to the ledger.</summary>
public enum RetourmeldingOutcome
{
    /// <summary>The message it answers is now acknowledged (processed by the receiver).</summary>
    Acknowledged = 1,

    /// <summary>The message it answers is now rejected; its errors are uitval.</summary>
    Rejected = 2,

    /// <summary>The answer was recorded before (a repeated file): nothing changed.</summary>
    AlreadyRecorded = 3,

    /// <summary>No message of the account has the Berrefnr it answers: uitval.</summary>
    Unknown = 4,

    /// <summary>The file is not a readable Retourmelding1: uitval.</summary>
    Unreadable = 5,
}

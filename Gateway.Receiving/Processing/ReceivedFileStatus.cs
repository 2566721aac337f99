namespace Gateway.Receiving.Processing;

/// <summary>What became of a received file.</summary>
public enum ReceivedFileStatus
{
    /// <summary>Interpreted, validated and applied to the register; its event is in the outcome.</summary>
    Processed = 1,

    /// <summary>Not applied; the errors say why. Refused files are not kept.</summary>
    Refused = 2,

    /// <summary>Interpreted and validated, kept unapplied because the account's processing is blocked (start-up procedure).</summary>
    Held = 3,

    /// <summary>Valid, but an earlier message of its absence case is missing: kept, applied as soon as the gap fills.</summary>
    Waiting = 4,

    /// <summary>Held, then discarded by an admin at restart: not applied, answered as not processed, kept (with its content) for audit.</summary>
    Discarded = 5,
}

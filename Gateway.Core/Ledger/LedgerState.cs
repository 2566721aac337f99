namespace Gateway.Core.Ledger;

/// <summary>Where a message is: validated → queued → delivered → acknowledged | rejected, or failed | held | discarded.</summary>
public enum LedgerState
{
    /// <summary>Produced and valid, not yet released for delivery.</summary>
    Validated = 1,

    /// <summary>Waiting for delivery (also while an earlier message of its case is not delivered yet).</summary>
    Queued = 2,

    /// <summary>At the receiver under its final name.</summary>
    Delivered = 3,

    /// <summary>The receiver's Retourmelding says processed.</summary>
    Acknowledged = 4,

    /// <summary>The receiver's Retourmelding says not processed.</summary>
    Rejected = 5,

    /// <summary>Delivery failed for good (uitval); later messages of its case wait for it.</summary>
    Failed = 6,

    /// <summary>The account is blocked: kept until an admin restarts it (process or discard).</summary>
    Held = 7,

    /// <summary>Discarded by an admin (audited).</summary>
    Discarded = 8,
}

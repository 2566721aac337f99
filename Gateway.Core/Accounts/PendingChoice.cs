namespace Gateway.Core.Accounts;

/// <summary>What a restart does with the messages held while the account was blocked.</summary>
public enum PendingChoice
{
    /// <summary>Deliver them, in their original order.</summary>
    Process = 1,

    /// <summary>Drop them (each recorded in the audit log).</summary>
    Discard = 2,
}

namespace Gateway.Receiving.Accounts;

/// <summary>When the gateway answers a received file with a Retourmelding1.</summary>
public enum RetourmeldingPolicy
{
    /// <summary>
    /// When the sender asked for one (OntvngstbevJN = J), and always for a refused file whose header could be read,
    /// so the sender learns of the uitval. The default.
    /// </summary>
    AsRequestedAndRefusals = 1,

    /// <summary>Only when the sender asked for one (OntvngstbevJN = J), whatever the outcome.</summary>
    AsRequested = 2,
}

namespace Gateway.Outbound.Convert.Sequencing;

/// <summary>
/// VrzmgvlVnrMld per absence case: the receiver chains a case's messages by it, so a number is handed out once and
/// never again, whatever happens to the message afterwards. Keys are "account|VrzmgvlId" (<see cref="CaseKeys"/>). Implementations must
/// be safe for concurrent callers (the database one by an atomic increment).
/// </summary>
public interface ICaseSequenceStore
{
    /// <summary>The last number issued for the case, 0 when none was: 0 means the receiver has not heard of the case.</summary>
    Task<int> LastAsync(string caseKey, CancellationToken cancellationToken);

    /// <summary>
    /// Issues <paramref name="number"/> for the case when it is the next one (one higher than the last issued; 1 for a
    /// new case); false, issuing nothing, when another issuer got there first. A caller gates its message with the
    /// number first and issues it only then, so no number is ever issued without a message.
    /// </summary>
    Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken);
}

namespace Gateway.Receiving.Accounts;

/// <summary>How a message identifies one employer (a <c>Wrkgvr</c> block).</summary>
/// <param name="IdWrkgvrArbdnst">The receiver's id of the employer (mandatory in every message type).</param>
/// <param name="Lhnr">Loonheffingennummer, when the message carries it.</param>
/// <param name="KvK">KvK inschrijvingsnummer, when the message carries it.</param>
public sealed record EmployerIdentity(string? IdWrkgvrArbdnst, string? Lhnr, string? KvK)
{
    /// <summary>The id used in texts and as the register key: the IdWrkgvrArbdnst, else the Lhnr, else the KvK number.</summary>
    public string Display => IdWrkgvrArbdnst ?? Lhnr ?? KvK ?? "(zonder id)";
}

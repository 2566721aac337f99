namespace Gateway.Core.Accounts;

/// <summary>
/// A partner (arbodienst) account the gateway delivers to, from <c>Gateway:Accounts:&lt;name&gt;</c>: which
/// integration feeds it, how its messages are made (the mapping profile, bound by the conversion stage from
/// <c>Gateway:Accounts:&lt;name&gt;:Mapping</c>) and where they go.
/// </summary>
public sealed class PartnerAccountOptions
{
    public string Name { get; set; } = "";

    /// <summary>The AFAS integration whose mutations this account receives.</summary>
    public string Integration { get; set; } = "";

    public DeliveryOptions Delivery { get; set; } = new();

    /// <summary>The SSH client its SFTP connections use (<c>Transport:Client</c>: LibSsh or SshNet).</summary>
    public AccountTransportOptions Transport { get; set; } = new();

    public RetourIntakeOptions Retourmeldingen { get; set; } = new();

    /// <summary>
    /// How long the bodies of delivered messages are kept after delivery (or the Retourmelding, when later): default
    /// 548 days (18 months). Then retention purges them; the ledger row, its hash and the audit trail stay.
    /// </summary>
    public TimeSpan RetainBodiesFor { get; set; } = TimeSpan.FromDays(548);

    /// <summary>Documenten and Afspraken the arbodienst sends the employer.</summary>
    public IncomingMessagesOptions Incoming { get; set; } = new();
}

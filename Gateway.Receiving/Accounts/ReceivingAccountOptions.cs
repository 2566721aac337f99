namespace Gateway.Receiving.Accounts;

/// <summary>
/// One sending partner of the receiving role (what an arbodienst runs), bound from
/// <c>Gateway:ReceivingAccounts:&lt;name&gt;</c>: how its files arrive, who gets its processing reports, which
/// employers it may send about, its import configurations and its classification overrides.
/// </summary>
public sealed class ReceivingAccountOptions
{
    public const string Section = "Gateway:ReceivingAccounts";

    /// <summary>Hosted SFTP (partner pushes) or external SFTP (gateway polls).</summary>
    public ReceivingAccountKind Kind { get; set; } = ReceivingAccountKind.HostedSftp;

    public ReceivingTransportOptions Transport { get; set; } = new();

    /// <summary>Who receives the processing reports, each at a mail level.</summary>
    public List<ReportRecipientOptions> ReportRecipients { get; set; } = [];

    /// <summary>
    /// Employers this account may send about, as they appear in the messages: the <c>IdWrkgvrArbdnst</c> (the
    /// receiver's own employer id, agreed with the partner), or <c>Lhnr:&lt;loonheffingennummer&gt;</c>, or
    /// <c>KvK:&lt;inschrijvingsnummer&gt;</c>. Compared case-insensitively. A message naming any other employer
    /// is refused.
    /// </summary>
    public List<string> AuthorisedEmployers { get; set; } = [];

    /// <summary>Name of an employer group under <c>Gateway:EmployerGroups</c> whose employers are authorised too.</summary>
    public string? EmployerGroup { get; set; }

    /// <summary>One per message type and release the partner sends (several per account).</summary>
    public List<ImportConfigurationOptions> ImportConfigurations { get; set; } = [];

    /// <summary>
    /// Receiver classification codes that replace the environment mapping (<c>Gateway:Receiving:Classifications</c>)
    /// for this account only; keys as there (classification name or number 1–11).
    /// </summary>
    public Dictionary<string, string> ClassificationOverrides { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The initial processing state of the account: a new account starts blocked (start-up procedure of seed
    /// 003), so files are interpreted, validated and held, not applied, until the overviews are imported and
    /// processing is restarted. The runtime state lives in the ledger; this is its default.
    /// </summary>
    public bool ProcessingBlocked { get; set; } = true;

    public RetourmeldingPolicy Retourmeldingen { get; set; } = RetourmeldingPolicy.AsRequestedAndRefusals;

    /// <summary>Documenten and Afspraken the arbodienst sends this partner.</summary>
    public ReceivingSendOptions Sending { get; set; } = new();

    /// <summary>
    /// Our identification towards this partner (their IdOntvngr), used as IdInzndr of a Retourmelding when the
    /// received header cannot be read. Default: the receiving options' <c>OwnIdentification</c>.
    /// </summary>
    public string? OwnIdentification { get; set; }

    /// <summary>The partner's identification (their IdInzndr), used as IdOntvngr of a Retourmelding when the received header lacks it.</summary>
    public string? PartnerIdentification { get; set; }
}

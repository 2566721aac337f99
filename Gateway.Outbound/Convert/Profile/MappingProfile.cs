using Sivi.Messages.Header;

namespace Gateway.Outbound.Convert.Profile;

/// <summary>
/// Everything that differs per partner account: which messages, which release, the BrAlg identifications, how the
/// employers are known at the arbodienst, and the privacy and code-table choices. Plain settable properties so it
/// binds from configuration; list properties start empty because the configuration binder appends to lists.
/// </summary>
public sealed class MappingProfile
{
    /// <summary>The AFAS integration whose records are converted: named in uitval records.</summary>
    public string Integration { get; set; } = "default";

    /// <summary>
    /// The partner account (arbodienst) the messages are for: case sequence numbers are kept per account, so two
    /// accounts fed by one integration each get an unbroken chain. Empty means <see cref="Integration"/>.
    /// </summary>
    public string? Account { get; set; }

    /// <summary>The account name sequence numbers are kept under.</summary>
    public string SequenceScope => string.IsNullOrWhiteSpace(Account) ? Integration : Account.Trim();

    /// <summary>The SIVI release (jaargang) agreed with the partner, e.g. 2024.</summary>
    public string? Release { get; set; }

    /// <summary>
    /// Message types the partner wants (<see cref="SiviMessageTypes"/> names). Empty means Verzuimmeldingen, the employee
    /// message chosen by <see cref="UseWerknemersGegevens"/> and WerkgeversGegevensBasisregistratie.
    /// </summary>
    public List<string> MessageTypes { get; set; } = [];

    /// <summary>Send WerknemersGegevens instead of Dienstverbanden (seed 003: Dienstverbanden is the usual choice).</summary>
    public bool UseWerknemersGegevens { get; set; }

    public string IdInzndr { get; set; } = "SIVI-GATEWAY";

    public string IdOntvngr { get; set; } = "ARBODIENST";

    public string GebrSwPakket { get; set; } = "SIVI Verzuimstandaard gateway";

    /// <summary>TestJN.</summary>
    public bool Test { get; set; }

    /// <summary>OntvngstbevJN: ask the receiver for a Retourmelding.</summary>
    public bool OntvangstbevestigingGevraagd { get; set; } = true;

    /// <summary>The employers of this account, by Werkgeverscode.</summary>
    public List<EmployerMapping> Employers { get; set; } = [];

    /// <summary>
    /// Top units (Org._eenheid) of an organisation structure shared by all employers (seed 000: a department structure
    /// that belongs to no one employer): each unit under them is sent in the WerkgeversGegevensBasisregistratie of every
    /// employer of the account.
    /// </summary>
    public List<string> SharedOrgUnits { get; set; } = [];

    /// <summary>
    /// For offline conversion: an employer without an entry in <see cref="Employers"/> uses its Werkgeverscode as
    /// IdWrkgvrArbdnst and AansltnrGeguitwlngArbdnst instead of falling out.
    /// </summary>
    public bool UseWerkgeverscodeForUnmappedEmployers { get; set; }

    public EmployeeIdSource EmployeeId { get; set; } = EmployeeIdSource.Guid;

    /// <summary>Send the BSN (SofiNr). Off by default: opt-in per account.</summary>
    public bool IncludeBsn { get; set; }

    /// <summary>Send the care address (verpleegadres) of an absence. Off by default: it reveals a hospital stay.</summary>
    public bool IncludeCareAddress { get; set; }

    /// <summary>VrwrkCd per kind of mutation; defaults are the documented assumption 01-05.</summary>
    public VerwerkingsCodes VrwrkCd { get; set; } = new();

    /// <summary>Overrides and additions to the default absence reason table (by Reden_verzuim_code).</summary>
    public List<AbsenceReasonSetting> AbsenceReasons { get; set; } = [];

    /// <summary>Overrides and additions to the default end reason table (by Reden_afsluiten_code).</summary>
    public List<EndReasonSetting> EndReasons { get; set; } = [];

    /// <summary>The message types this profile produces, with the empty-list default applied.</summary>
    public IReadOnlyList<string> EffectiveMessageTypes => MessageTypes.Count > 0
        ? [.. MessageTypes.Select(t => SiviMessageTypes.Parse(t) ?? t).Distinct(StringComparer.Ordinal)]
        : [SiviMessageTypes.Verzuimmeldingen, EmployeeMessageType, SiviMessageTypes.WerkgeversGegevens];

    /// <summary>The employee message: Dienstverbanden unless the account asked for WerknemersGegevens.</summary>
    public string EmployeeMessageType => UseWerknemersGegevens ? SiviMessageTypes.WerknemersGegevens : SiviMessageTypes.Dienstverbanden;

    public bool Wants(string messageType) => EffectiveMessageTypes.Contains(messageType, StringComparer.Ordinal);

    /// <summary>The mapping for an employer, or null when the account does not know it.</summary>
    public EmployerMapping? Employer(string? werkgeverscode)
    {
        if (string.IsNullOrWhiteSpace(werkgeverscode))
        {
            return null;
        }
        var code = werkgeverscode.Trim();
        foreach (var employer in Employers)
        {
            if (string.Equals(employer.Werkgeverscode.Trim(), code, StringComparison.OrdinalIgnoreCase))
            {
                return employer;
            }
        }
        return UseWerkgeverscodeForUnmappedEmployers
            ? new EmployerMapping { Werkgeverscode = code, IdWrkgvrArbdnst = code, AansltnrGeguitwlngArbdnst = code }
            : null;
    }

    public BrAlgOptions BrAlgOptions() => new(IdInzndr, IdOntvngr, GebrSwPakket, Test, OntvangstbevestigingGevraagd);
}

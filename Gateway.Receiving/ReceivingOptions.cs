using Gateway.Receiving.Classifications;

namespace Gateway.Receiving;

/// <summary>Environment-wide settings of the receiving role, bound from <c>Gateway:Receiving</c>.</summary>
public sealed class ReceivingOptions
{
    public const string Section = "Gateway:Receiving";

    /// <summary>Largest file taken in (16 MiB by default); a larger one is refused unread beyond its header.</summary>
    public int MaxFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Hours a message may wait for a gap in its absence case to fill (72 by default, a long weekend); then it is
    /// refused (SrtFoutCd 06, answered with a Retourmelding) so the sender learns the chain is broken.
    /// </summary>
    public int WaitingExpiryHours { get; set; } = 72;

    /// <summary>Our identification as receiver (IdInzndr of Retourmeldingen when neither header nor account gives one).</summary>
    public string OwnIdentification { get; set; } = "ONTVANGER";

    /// <summary>GebrSwPakket of the Retourmeldingen we send (at most 35 characters).</summary>
    public string SoftwareName { get; set; } = "SIVI Gateway";

    /// <summary>
    /// The environment's mapping of the eleven SIVI absence classifications to the receiver's own codes: key the
    /// classification name (e.g. <c>ArbeidsOngeval</c>) or number (1–11), value the receiver's code. Accounts can
    /// override single entries (<c>ClassificationOverrides</c>). Unmapped classifications keep the SIVI code
    /// <c>SIVI01</c>…<c>SIVI11</c> (option 1 of seed 003: use the SIVI classifications as they are).
    /// </summary>
    public Dictionary<string, string> Classifications { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How vangnet cases are told apart where the SIVI code lists are published only in PDFs.</summary>
    public ClassificationRulesOptions ClassificationRules { get; set; } = new();
}

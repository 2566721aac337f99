namespace Gateway.Receiving.Accounts;

/// <summary>
/// What the arbodienst sends this partner (<c>Gateway:ReceivingAccounts:&lt;name&gt;:Sending</c>): Documenten and
/// Afspraken, built for the partner's release and put in a folder of the account's transport; requests come from the
/// drop folder or the admin API. The partner's Retourmeldingen come back through the account's import folders.
/// </summary>
public sealed class ReceivingSendOptions
{
    /// <summary>The release the partner reads (2022, 2024, 2025, 2026).</summary>
    public string Release { get; set; } = "2025";

    /// <summary>
    /// A local folder of requests: <c>&lt;name&gt;.json</c> (the request) with, for a document, the file beside it
    /// (<c>&lt;name&gt;.pdf</c>, any extension). Empty: no drop folder.
    /// </summary>
    public string? DropFolder { get; set; }

    /// <summary>The folder on the account's transport (partner's server or hosted chroot) messages are put in.</summary>
    public string OutgoingFolder { get; set; } = "berichten";

    /// <summary>OntvngstbevJN: ask the partner for a Retourmelding (default yes).</summary>
    public bool AskRetourmelding { get; set; } = true;
}

namespace Gateway.Receiving.Accounts;

/// <summary>
/// One data stream of a receiving account: which message type and release arrives in which folder, which file
/// names to take there, and (external SFTP) when to look.
/// </summary>
public sealed class ImportConfigurationOptions
{
    /// <summary>Optional name for reports; defaults to <c>&lt;MessageType&gt; &lt;Release&gt;</c>.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// SIVI message type as the schemas name it: <c>Verzuimmeldingen</c>, <c>Dienstverbanden</c>,
    /// <c>WerknemersGegevens</c> or <c>WerkgeversGegevensBasisregistratie</c>.
    /// </summary>
    public string MessageType { get; set; } = "";

    /// <summary>SIVI release (jaargang) agreed with the partner, e.g. <c>2024</c>.</summary>
    public string Release { get; set; } = "";

    /// <summary>Folder the files arrive in (hosted inbox path, or the folder on the partner's server).</summary>
    public string Folder { get; set; } = "/";

    /// <summary>
    /// File name filter, compared case-insensitively: <c>*</c> any run of characters, <c>?</c> one character;
    /// several patterns separated by ';'. E.g. <c>VZ*.xml</c> when types share a folder. Default <c>*.xml</c>.
    /// </summary>
    public string FileFilter { get; set; } = "*.xml";

    /// <summary>
    /// External SFTP: when to poll, as cron expressions (minute hour day month weekday, Europe/Amsterdam),
    /// several separated by ';'. Hosted SFTP: optional (the inbox is watched).
    /// </summary>
    public string? Schedule { get; set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? $"{MessageType} {Release}" : Name;
}

namespace Gateway.Core.Accounts;

/// <summary>
/// Where an account's Retourmeldingen come back (<c>Gateway:Accounts:&lt;name&gt;:Retourmeldingen</c>): a folder on the
/// partner's SFTP server (push accounts), in the hosted inbox (hosted accounts) or a local folder (folder accounts).
/// </summary>
public sealed class RetourIntakeOptions
{
    /// <summary>The folder to poll; empty turns the intake off.</summary>
    public string? Folder { get; set; }

    public string FileFilter { get; set; } = "RM*.xml";

    /// <summary>Archive into this folder instead of deleting the partner's file.</summary>
    public string? ArchiveFolder { get; set; }

    /// <summary>A file is taken only when its size and time are the same this long apart.</summary>
    public TimeSpan StabilityInterval { get; set; } = TimeSpan.FromSeconds(5);
}

namespace Gateway.Core.Accounts;

/// <summary>
/// A folder of an account the gateway polls for files the partner places there: on the partner's SFTP server (push
/// accounts), in the hosted inbox (hosted accounts) or a local folder (folder accounts).
/// </summary>
public abstract class PolledFolderOptions
{
    /// <summary>The folder to poll; empty turns the intake off.</summary>
    public string? Folder { get; set; }

    /// <summary>Which files to take (glob on the file name).</summary>
    public abstract string FileFilter { get; set; }

    /// <summary>Archive into this folder instead of deleting the partner's file.</summary>
    public string? ArchiveFolder { get; set; }

    /// <summary>A file is taken only when its size and time are the same this long apart.</summary>
    public TimeSpan StabilityInterval { get; set; } = TimeSpan.FromSeconds(5);
}

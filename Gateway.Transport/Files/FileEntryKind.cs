namespace Gateway.Transport.Files;

/// <summary>What a <see cref="FileEntry"/> is.</summary>
public enum FileEntryKind
{
    File,
    Directory,
    /// <summary>Symlink, device, socket or a type the server did not tell.</summary>
    Other,
}

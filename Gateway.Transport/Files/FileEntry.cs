namespace Gateway.Transport.Files;

/// <summary>A file or directory in a listing: name, full path, size, last modification and kind.</summary>
public sealed record FileEntry(string Name, string Path, long Size, DateTimeOffset LastModified, FileEntryKind Kind)
{
    public bool IsFile => Kind == FileEntryKind.File;

    public bool IsDirectory => Kind == FileEntryKind.Directory;
}

namespace Gateway.Transport.Files;

/// <summary>
/// The file operations delivery and intake need, over an SFTP connection (<see cref="Sftp.SftpConnection"/>) or a
/// local folder (<see cref="LocalFolderFileSystem"/>). Paths use '/' separators. A missing path surfaces as an
/// exception that <see cref="FileSystemErrors.IsNotFound"/> recognises.
/// </summary>
public interface ITransferFileSystem
{
    /// <summary>Where this is, for logs: sftp://user@host:port or folder:/path.</summary>
    string Description { get; }

    /// <summary>The entries of a directory (without "." and "..").</summary>
    Task<IReadOnlyList<FileEntry>> ListAsync(string directory, CancellationToken cancellationToken = default);

    /// <summary>The entry at <paramref name="path"/>, or null when nothing is there.</summary>
    Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Creates or truncates <paramref name="path"/> and writes the stream into it; returns the bytes written.</summary>
    Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Copies the file at <paramref name="path"/> into <paramref name="destination"/>; returns the bytes read.</summary>
    Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies the regular file at <paramref name="path"/>, listed at <paramref name="listedBytes"/>, into
    /// <paramref name="destination"/>; returns the bytes read (more than listed when it grew: the caller decides). An
    /// implementation may use the listed size to save a round trip — a read that returns fewer bytes than asked for, right
    /// at the listed size, is the end of a regular file (SFTP draft 02, 6.4) — and otherwise reads to the end.
    /// </summary>
    Task<long> DownloadAsync(string path, Stream destination, long listedBytes, CancellationToken cancellationToken = default) =>
        DownloadAsync(path, destination, cancellationToken);

    /// <summary>Renames a file; fails when <paramref name="targetPath"/> already exists (never overwrites).</summary>
    Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Creates a directory (its parent must exist); succeeds when it already exists.</summary>
    Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default);
}

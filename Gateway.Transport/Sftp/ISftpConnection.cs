using Gateway.Transport.Files;
using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Sftp;

/// <summary>
/// An authenticated SFTP session, reused for any number of files: the <see cref="ITransferFileSystem"/> operations
/// plus what only a remote server has (its host key, whether the session still works, replacing renames).
/// After an <see cref="Errors.SftpConnectionException"/> the connection is broken: open a new one.
/// </summary>
public interface ISftpConnection : ITransferFileSystem, IAsyncDisposable, IDisposable
{
    /// <summary>user@host:port.</summary>
    string Endpoint { get; }

    /// <summary>The host key the server presented (and that matched the pin).</summary>
    PresentedHostKey HostKey { get; }

    /// <summary>Whether the connection can still be used (not disposed, not broken, still connected).</summary>
    bool IsUsable { get; }

    /// <summary>The attributes of <paramref name="path"/>; throws <see cref="Errors.SftpException"/> (NoSuchFile) when missing.</summary>
    Task<FileEntry> GetEntryAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renames; with <paramref name="overwrite"/>, an existing target is deleted first and the rename repeated
    /// (SFTP v3 rename refuses to replace a file). The replacement is therefore not atomic.
    /// </summary>
    Task RenameAsync(string sourcePath, string targetPath, bool overwrite, CancellationToken cancellationToken = default);

    /// <summary>Removes an empty directory.</summary>
    Task DeleteDirectoryAsync(string path, CancellationToken cancellationToken = default);
}

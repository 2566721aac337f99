using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp;

public sealed partial class SftpConnection
{
    /// <summary>Lists a remote directory (name, size, mtime, kind), without "." and "..".</summary>
    public Task<IReadOnlyList<FileEntry>> ListAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return RunAsync<IReadOnlyList<FileEntry>>("list", () => ListCore(directory, cancellationToken), cancellationToken);
    }

    /// <summary>The attributes of <paramref name="path"/>; null when it does not exist.</summary>
    public Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("stat", () => StatCore(path), cancellationToken);
    }

    /// <summary>The attributes of <paramref name="path"/>; throws <see cref="SftpException"/> (NoSuchFile) when missing.</summary>
    public async Task<FileEntry> GetEntryAsync(string path, CancellationToken cancellationToken = default) =>
        await TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false)
        ?? throw new SftpException(Endpoint, "stat", path, SftpStatus.NoSuchFile, clientMessage: null);

    /// <summary>Renames without overwriting: fails when the target exists (SSH_FXP_RENAME semantics on OpenSSH).</summary>
    public Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default) =>
        RenameAsync(sourcePath, targetPath, overwrite: false, cancellationToken);

    /// <summary>
    /// Renames; with <paramref name="overwrite"/>, an existing target is deleted first and the rename repeated
    /// (SFTP v3 rename refuses to replace a file, and servers differ in whether they offer posix-rename).
    /// The replacement is therefore not atomic: for a moment the target name is absent.
    /// </summary>
    public Task RenameAsync(string sourcePath, string targetPath, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentException.ThrowIfNullOrEmpty(targetPath);
        return RunAsync("rename", () => RenameCore(sourcePath, targetPath, overwrite), cancellationToken);
    }

    /// <summary>Deletes a file.</summary>
    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("delete", () => Check(LibSsh.Sftp.Unlink(_sftp, path), "delete", path), cancellationToken);
    }

    /// <summary>Creates a directory (its parent must exist); succeeds when a directory is already there.</summary>
    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("mkdir", () => CreateDirectoryCore(path), cancellationToken);
    }

    /// <summary>Removes an empty directory.</summary>
    public Task DeleteDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return RunAsync("rmdir", () => Check(LibSsh.Sftp.RemoveDirectory(_sftp, path), "rmdir", path), cancellationToken);
    }

    private unsafe List<FileEntry> ListCore(string directory, CancellationToken cancellationToken)
    {
        var handle = LibSsh.SftpDirectory.Open(_sftp, directory);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw Failure("list", directory);
        }
        handle.KeepParentAlive(_sftp);
        using (handle)
        {
            var entries = new List<FileEntry>();
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var attributes = LibSsh.SftpDirectory.Read(_sftp, handle);
                _watchdog.Progress();
                if (attributes is null)
                {
                    if (LibSsh.SftpDirectory.IsEndOfDirectory(handle) != 0)
                    {
                        return entries;
                    }
                    throw Failure("list", directory);
                }
                try
                {
                    if (SftpEntries.FromListing(attributes, directory) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
                finally
                {
                    LibSsh.Sftp.FreeAttributes(attributes);
                }
            }
        }
    }

    private unsafe FileEntry? StatCore(string path)
    {
        var attributes = LibSsh.Sftp.Stat(_sftp, path);
        if (attributes is null)
        {
            var failure = Failure("stat", path);
            return failure.IsNotFound ? null : throw failure;
        }
        try
        {
            return SftpEntries.FromStat(attributes, path);
        }
        finally
        {
            LibSsh.Sftp.FreeAttributes(attributes);
        }
    }

    private void RenameCore(string source, string target, bool overwrite)
    {
        if (LibSsh.Sftp.Rename(_sftp, source, target) == LibSsh.Ok)
        {
            return;
        }
        var failure = Failure("rename", $"{source} -> {target}");
        if (!overwrite || failure is SftpConnectionException || StatCore(target) is null)
        {
            throw failure;
        }
        Check(LibSsh.Sftp.Unlink(_sftp, target), "rename (delete existing target)", target);
        Check(LibSsh.Sftp.Rename(_sftp, source, target), "rename", $"{source} -> {target}");
        SftpLog.ReplacedExisting(_logger, Endpoint, target);
    }

    private void CreateDirectoryCore(string path)
    {
        if (LibSsh.Sftp.MakeDirectory(_sftp, path, (uint)_settings.NewDirectoryMode) == LibSsh.Ok)
        {
            return;
        }
        var failure = Failure("mkdir", path);
        if (failure is SftpConnectionException || StatCore(path) is not { IsDirectory: true })
        {
            throw failure;
        }
    }

    private void Check(int result, string operation, string path)
    {
        if (result != LibSsh.Ok)
        {
            throw Failure(operation, path);
        }
    }
}

namespace Gateway.Transport.Files;

/// <summary>
/// <see cref="ITransferFileSystem"/> over a local folder (the hosted SFTP outbox and inbox, or a mounted share):
/// paths are relative to <see cref="Root"/> and may not leave it. Uploads are flushed to disk (fsync) before they
/// return and get <see cref="NewFileMode"/>; renames never overwrite.
/// </summary>
public sealed class LocalFolderFileSystem : ITransferFileSystem
{
    public LocalFolderFileSystem(string root, UnixFileMode? newFileMode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.GetFullPath(root);
        NewFileMode = newFileMode ?? (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
    }

    /// <summary>The folder all paths are relative to.</summary>
    public string Root { get; }

    /// <summary>Permissions given to written files (default 0660: the partner's group reads and deletes them).</summary>
    public UnixFileMode NewFileMode { get; }

    public string Description => $"folder:{Root}";

    public Task<IReadOnlyList<FileEntry>> ListAsync(string directory, CancellationToken cancellationToken = default)
    {
        var full = Resolve(directory);
        var entries = new List<FileEntry>();
        foreach (var info in new DirectoryInfo(full).EnumerateFileSystemInfos())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Describe(info, TransferPath.Combine(directory, info.Name)) is { } entry)
            {
                entries.Add(entry);
            }
        }
        return Task.FromResult<IReadOnlyList<FileEntry>>(entries);
    }

    public Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        return Task.FromResult(info.Exists ? Describe(info, path) : null);
    }

    public async Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = NewFileMode;
        }
        long written;
        await using (var file = new FileStream(full, options))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            written = file.Length;
            file.Flush(flushToDisk: true);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(full, NewFileMode);
        }
        return written;
    }

    public async Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var file = new FileStream(Resolve(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 32 * 1024, useAsync: true);
        await file.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        return file.Position;
    }

    public Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default)
    {
        // File.Move without overwrite refuses an existing target (link + unlink on Linux), like SFTP v3 rename.
        File.Move(Resolve(sourcePath), Resolve(targetPath), overwrite: false);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"no file {path} in {Root}", full);
        }
        File.Delete(full);
        return Task.CompletedTask;
    }

    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Resolve(path));
        return Task.CompletedTask;
    }

    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path.TrimStart('/')));
        if (full != Root && !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"path '{path}' leaves the folder {Root}", nameof(path));
        }
        return full;
    }

    private static FileEntry? Describe(FileSystemInfo info, string path)
    {
        var kind = info switch
        {
            _ when info.LinkTarget is not null => FileEntryKind.Other,
            DirectoryInfo => FileEntryKind.Directory,
            FileInfo => FileEntryKind.File,
            _ => FileEntryKind.Other,
        };
        try
        {
            var size = info is FileInfo file ? file.Length : 0;
            return new FileEntry(info.Name, path, size, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), kind);
        }
        catch (FileNotFoundException)
        {
            return null; // removed while listing
        }
    }
}

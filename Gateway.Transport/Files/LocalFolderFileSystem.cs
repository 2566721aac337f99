using Gateway.Transport.Files.Posix;

namespace Gateway.Transport.Files;

/// <summary>
/// <see cref="ITransferFileSystem"/> over a local folder (the hosted SFTP outbox and inbox, or a mounted share):
/// paths are relative to <see cref="Root"/> and may not leave it. Uploads are flushed to disk (fsync) before they
/// return and get <see cref="NewFileMode"/>; renames never overwrite.
/// <para>
/// The folder may be writable by a partner, so below <see cref="Root"/> no symbolic link is ever followed: each path is
/// walked one plain name at a time relative to open folder descriptors with O_NOFOLLOW (<see cref="DirectoryDescriptor"/>),
/// a folder on the way that is a link fails the call with <see cref="UnsafeEntryException"/>, listings describe links
/// and special files as <see cref="FileEntryKind.Other"/> (lstat), and a download opens only a regular file — checked on
/// the opened descriptor, so a file swapped for a link after it was listed is refused, not read. Paths with "..",
/// backslashes or control characters are refused. Linux only.
/// </para>
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
        using var folder = OpenFolder(directory);
        var entries = new List<FileEntry>();
        foreach (var name in folder.ListNames())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = TransferPath.Combine(directory, name);
            if (!RemoteName.IsPlain(name))
            {
                entries.Add(new FileEntry(name, path, 0, DateTimeOffset.UnixEpoch, FileEntryKind.Other)); // reported, never used as a path
            }
            else if (folder.TryStat(name, path) is { } stat) // null: removed while listing
            {
                entries.Add(Describe(name, path, stat));
            }
        }
        return Task.FromResult<IReadOnlyList<FileEntry>>(entries);
    }

    public Task<FileEntry?> TryGetEntryAsync(string path, CancellationToken cancellationToken = default)
    {
        var segments = Segments(path);
        if (segments.Count == 0)
        {
            using var root = DirectoryDescriptor.OpenRoot(Root);
            return Task.FromResult<FileEntry?>(Describe("", path, root.StatSelf(path)));
        }
        try
        {
            using var parent = OpenParent(segments, path);
            return Task.FromResult(parent.TryStat(segments[^1], path) is { } stat ? Describe(segments[^1], path, stat) : null);
        }
        catch (DirectoryNotFoundException)
        {
            return Task.FromResult<FileEntry?>(null);
        }
    }

    public async Task<long> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(PosixCalls.UnavailableReason);
        }
        var segments = Segments(path);
        using var parent = OpenParent(segments, path);
        await using var file = new FileStream(parent.CreateRegularFile(segments[^1], NewFileMode, path), FileAccess.Write, 32 * 1024);
        File.SetUnixFileMode(file.SafeFileHandle, NewFileMode); // exactly this mode, whatever the umask
        await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        var written = file.Length;
        file.Flush(flushToDisk: true);
        return written;
    }

    public async Task<long> DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default)
    {
        var segments = Segments(path);
        using var parent = OpenParent(segments, path);
        await using var file = new FileStream(parent.OpenRegularFileForReading(segments[^1], path), FileAccess.Read, 32 * 1024);
        await file.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        return file.Position;
    }

    public Task RenameAsync(string sourcePath, string targetPath, CancellationToken cancellationToken = default)
    {
        var source = Segments(sourcePath);
        var target = Segments(targetPath);
        using var sourceFolder = OpenParent(source, sourcePath);
        using var targetFolder = OpenParent(target, targetPath);
        // like SFTP v3 rename: an existing target is never overwritten
        sourceFolder.Rename(source[^1], targetFolder, target[^1], replace: false, sourcePath);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var segments = Segments(path);
        using var parent = OpenParent(segments, path);
        if (parent.TryStat(segments[^1], path) is not { } stat || stat.Kind == FileEntryKind.Directory)
        {
            throw new FileNotFoundException($"no file {path} in {Root}", path);
        }
        parent.Delete(segments[^1], path);
        return Task.CompletedTask;
    }

    public Task CreateDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        var current = DirectoryDescriptor.OpenRoot(Root);
        try
        {
            foreach (var segment in Segments(path))
            {
                using var parent = current;
                current = parent.CreateDirectory(segment, null, path);
            }
        }
        finally
        {
            current.Dispose();
        }
        return Task.CompletedTask;
    }

    private DirectoryDescriptor OpenFolder(string directory)
    {
        using var root = DirectoryDescriptor.OpenRoot(Root);
        return root.OpenPath(Segments(directory), directory);
    }

    /// <summary>The folder holding the last segment of a path (which must have one).</summary>
    private DirectoryDescriptor OpenParent(List<string> segments, string path)
    {
        if (segments.Count == 0)
        {
            throw new ArgumentException($"path '{path}' names the folder {Root} itself, not a file in it", nameof(path));
        }
        using var root = DirectoryDescriptor.OpenRoot(Root);
        return root.OpenPath(segments.Take(segments.Count - 1), path);
    }

    /// <summary>The plain names of a '/'-separated path below the root ("", "/" and "." segments dropped).</summary>
    private List<string> Segments(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }
            if (!RemoteName.IsPlain(segment))
            {
                throw new ArgumentException($"path {RemoteName.Render(path)} leaves the folder {Root} or is not made of plain names", nameof(path));
            }
            segments.Add(segment);
        }
        return segments;
    }

    private static FileEntry Describe(string name, string path, StatxBuffer stat)
    {
        var kind = stat.Kind;
        return new FileEntry(name, path, kind == FileEntryKind.File ? (long)stat.Size : 0, stat.LastModified, kind);
    }
}

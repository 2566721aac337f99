using Gateway.Transport.Files;
using Gateway.Transport.Files.Posix;

namespace Gateway.Transport.Intake;

/// <summary>
/// The local staging folder of one source. Names here are the gateway's own — derived from the intake key's digest,
/// never from a name the partner chose — so nothing a partner lists can place a file elsewhere: a download lands in
/// <c>.&lt;digest&gt;.part</c> (a repeated attempt overwrites, never duplicates) and is renamed to <c>&lt;digest&gt;.taken</c>
/// once the journal recorded it. The staging root and the source's folder are 0700, files 0600; everything is
/// opened relative to the open source folder without following links.
/// </summary>
internal sealed class StagingArea : IDisposable
{
    /// <summary>rwx for the gateway's user only.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw for the gateway's user only.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly DirectoryDescriptor _folder;

    public StagingArea(string stagingRoot, string sourceName)
    {
        if (!RemoteName.IsPlain(sourceName) || sourceName.StartsWith('.'))
        {
            throw new ArgumentException($"staging folder name {RemoteName.Render(sourceName)} is not a plain name", nameof(sourceName));
        }
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(PosixCalls.UnavailableReason);
        }
        var root = Path.GetFullPath(stagingRoot);
        Directory = Path.Combine(root, sourceName);
        System.IO.Directory.CreateDirectory(root, FolderMode);
        File.SetUnixFileMode(root, FolderMode); // also when an older version created it wider
        using var rootFolder = DirectoryDescriptor.OpenRoot(root);
        _folder = rootFolder.CreateDirectory(sourceName, FolderMode, Directory);
        _folder.SetMode(FolderMode, Directory);
    }

    /// <summary>Where this source's staged files are (for logs and tests).</summary>
    public string Directory { get; }

    public string TemporaryPath(IntakeKey key) => Path.Combine(Directory, TemporaryName(key));

    public string StagedPath(IntakeKey key) => Path.Combine(Directory, StagedName(key));

    /// <summary>Creates (or truncates) the temporary file of <paramref name="key"/>, mode 0600.</summary>
    public FileStream CreateTemporary(IntakeKey key) =>
        new(_folder.CreateRegularFile(TemporaryName(key), FileMode, TemporaryPath(key)), FileAccess.Write, 32 * 1024);

    public bool HasTemporary(IntakeKey key) => _folder.TryStat(TemporaryName(key), TemporaryPath(key)) is not null;

    public bool HasStaged(IntakeKey key) => _folder.TryStat(StagedName(key), StagedPath(key)) is not null;

    /// <summary>Renames the complete temporary file to the staged name (replacing a stale one of the same key).</summary>
    public void Publish(IntakeKey key) => _folder.Rename(TemporaryName(key), _folder, StagedName(key), replace: true, TemporaryPath(key));

    public FileStream OpenStaged(IntakeKey key) =>
        new(_folder.OpenRegularFileForReading(StagedName(key), StagedPath(key)), FileAccess.Read, 32 * 1024);

    public void DeleteTemporary(IntakeKey key) => DeleteIfPresent(TemporaryName(key), TemporaryPath(key));

    public void DeleteStaged(IntakeKey key) => DeleteIfPresent(StagedName(key), StagedPath(key));

    /// <summary>Makes the temporary files written since the last call durable at once (instead of an fsync per file).</summary>
    public void Sync() => _folder.SyncFileSystem(Directory);

    public void Dispose() => _folder.Dispose();

    private void DeleteIfPresent(string name, string shownPath)
    {
        if (_folder.TryStat(name, shownPath) is not null)
        {
            _folder.Delete(name, shownPath);
        }
    }

    private static string TemporaryName(IntakeKey key) => $".{key.Digest}.part";

    private static string StagedName(IntakeKey key) => $"{key.Digest}.taken";
}

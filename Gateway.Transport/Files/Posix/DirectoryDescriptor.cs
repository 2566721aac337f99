using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Transport.Files.Posix;

/// <summary>
/// An open directory, reached from a trusted root one plain name at a time with O_NOFOLLOW: every operation below is
/// relative to this descriptor, so renaming or replacing a folder by a link after it was opened cannot redirect it,
/// and no symbolic link is ever followed — not in a folder on the way, not as the final name. Files are opened only
/// when they are regular files (checked on the open descriptor, so a swap after listing is caught too).
/// </summary>
internal sealed class DirectoryDescriptor : SafeHandle
{
    private const uint AnyMode = 0x1FF; // 0777, narrowed by the umask like Directory.CreateDirectory

    private DirectoryDescriptor(int descriptor)
        : base(new IntPtr(-1), ownsHandle: true) => SetHandle(new IntPtr(descriptor));

    public override bool IsInvalid => handle == new IntPtr(-1);

    private int Descriptor => (int)DangerousGetHandle();

    /// <summary>Opens the configured root (a link there is the operator's choice and is followed).</summary>
    public static DirectoryDescriptor OpenRoot(string path)
    {
        if (PosixCalls.UnavailableReason is { } reason)
        {
            throw new PlatformNotSupportedException(reason);
        }
        var descriptor = PosixCalls.OpenAt(-100 /* AT_FDCWD */, path, PosixCalls.ReadOnly | PosixCalls.Directory | PosixCalls.CloseOnExec, 0);
        return descriptor < 0 ? throw PosixErrors.Last("open folder", path, directoryExpected: true) : new DirectoryDescriptor(descriptor);
    }

    /// <summary>Opens the plain names <paramref name="segments"/> below this directory, one at a time, following no link.</summary>
    public DirectoryDescriptor OpenPath(IEnumerable<string> segments, string shownPath)
    {
        var current = OpenChild(".", shownPath);
        foreach (var segment in segments)
        {
            using var parent = current;
            current = parent.OpenChild(segment, shownPath);
        }
        return current;
    }

    public DirectoryDescriptor OpenChild(string name, string shownPath)
    {
        var descriptor = PosixCalls.OpenAt(Descriptor, name,
            PosixCalls.ReadOnly | PosixCalls.Directory | PosixCalls.NoFollow | PosixCalls.CloseOnExec, 0);
        if (descriptor >= 0)
        {
            return new DirectoryDescriptor(descriptor);
        }
        var error = PosixErrors.Last("open folder", shownPath, directoryExpected: true);
        // O_DIRECTORY | O_NOFOLLOW on a link fails with ENOTDIR, as on a file: say which it is
        throw error is UnsafeEntryException && TryStat(name, shownPath) is { IsSymbolicLink: true } ? new UnsafeEntryException(shownPath, "is a symbolic link") : error;
    }

    /// <summary>The names in this directory (without "." and ".."), as the kernel lists them.</summary>
    public IReadOnlyList<string> ListNames() =>
        // the magic link of an open descriptor names exactly this directory, whatever happened to its path since
        [.. new DirectoryInfo(string.Create(CultureInfo.InvariantCulture, $"/proc/self/fd/{Descriptor}"))
            .EnumerateFileSystemInfos().Select(i => i.Name)];

    /// <summary>What <paramref name="name"/> is (the link itself for a link), or null when nothing is there.</summary>
    public StatxBuffer? TryStat(string name, string shownPath)
    {
        if (PosixCalls.Statx(Descriptor, name, PosixCalls.AtSymlinkNoFollow, StatxBuffer.WantedFields, out var buffer) == 0)
        {
            return buffer;
        }
        return PosixErrors.LastNumber == PosixCalls.NoSuchEntry ? null : throw PosixErrors.Last("stat", shownPath);
    }

    public StatxBuffer StatSelf(string shownPath) =>
        PosixCalls.Statx(Descriptor, "", PosixCalls.AtEmptyPath, StatxBuffer.WantedFields, out var buffer) == 0
            ? buffer
            : throw PosixErrors.Last("stat", shownPath);

    /// <summary>Opens a regular file for reading; a link, FIFO, device or folder there is refused without being read.</summary>
    public SafeFileHandle OpenRegularFileForReading(string name, string shownPath) =>
        RegularOnly(PosixCalls.OpenAt(Descriptor, name,
            PosixCalls.ReadOnly | PosixCalls.NoFollow | PosixCalls.NonBlocking | PosixCalls.NoControllingTerminal | PosixCalls.CloseOnExec, 0), shownPath);

    /// <summary>Creates (or truncates) a regular file with <paramref name="mode"/>; a link or special file there is refused.</summary>
    public SafeFileHandle CreateRegularFile(string name, UnixFileMode mode, string shownPath) =>
        RegularOnly(PosixCalls.OpenAt(Descriptor, name,
            PosixCalls.WriteOnly | PosixCalls.Create | PosixCalls.Truncate | PosixCalls.NoFollow | PosixCalls.NonBlocking
            | PosixCalls.NoControllingTerminal | PosixCalls.CloseOnExec, (uint)mode), shownPath);

    /// <summary>Removes the entry <paramref name="name"/> (a link is removed itself, never its target); not a folder.</summary>
    public void Delete(string name, string shownPath)
    {
        if (PosixCalls.UnlinkAt(Descriptor, name, 0) != 0)
        {
            throw PosixErrors.Last("delete", shownPath);
        }
    }

    /// <summary>
    /// Renames <paramref name="name"/> to <paramref name="targetName"/> in <paramref name="target"/>; without
    /// <paramref name="replace"/> an existing target fails the call (renameat2 RENAME_NOREPLACE, or link + unlink
    /// where the file system lacks it).
    /// </summary>
    public void Rename(string name, DirectoryDescriptor target, string targetName, bool replace, string shownPath)
    {
        if (PosixCalls.RenameAt2(Descriptor, name, target.Descriptor, targetName, replace ? 0 : PosixCalls.RenameNoReplace) == 0)
        {
            return;
        }
        if (replace || PosixErrors.LastNumber != PosixCalls.InvalidArgument)
        {
            throw PosixErrors.Last("rename", shownPath);
        }
        if (PosixCalls.LinkAt(Descriptor, name, target.Descriptor, targetName, 0) != 0)
        {
            throw PosixErrors.Last("rename (link)", shownPath);
        }
        Delete(name, shownPath);
    }

    /// <summary>Creates the folder <paramref name="name"/> unless it exists; something else of that name is refused.</summary>
    public DirectoryDescriptor CreateDirectory(string name, UnixFileMode? mode, string shownPath)
    {
        if (PosixCalls.MakeDirectoryAt(Descriptor, name, mode is { } m ? (uint)m : AnyMode) != 0 && PosixErrors.LastNumber != PosixCalls.Exists)
        {
            throw PosixErrors.Last("create folder", shownPath, directoryExpected: true);
        }
        return OpenChild(name, shownPath);
    }

    /// <summary>
    /// Makes everything written on this folder's file system durable with one call (syncfs): the files of a group are
    /// written without an fsync each and made durable together.
    /// </summary>
    public void SyncFileSystem(string shownPath)
    {
        if (PosixCalls.SyncFileSystem(Descriptor) != 0)
        {
            throw PosixErrors.Last("syncfs", shownPath);
        }
    }

    /// <summary>Sets this folder's permissions (fchmod: the folder opened, not whatever its path names now).</summary>
    public void SetMode(UnixFileMode mode, string shownPath)
    {
        if (PosixCalls.ChangeMode(Descriptor, (uint)mode) != 0)
        {
            throw PosixErrors.Last("chmod", shownPath);
        }
    }

    protected override bool ReleaseHandle() => PosixCalls.Close((int)handle) == 0;

    private static SafeFileHandle RegularOnly(int descriptor, string shownPath)
    {
        if (descriptor < 0)
        {
            throw PosixErrors.Last("open", shownPath);
        }
        var file = new SafeFileHandle(new IntPtr(descriptor), ownsHandle: true);
        if (PosixCalls.Statx(descriptor, "", PosixCalls.AtEmptyPath, StatxBuffer.WantedFields, out var buffer) != 0)
        {
            var error = PosixErrors.Last("stat", shownPath);
            file.Dispose();
            throw error;
        }
        if (buffer.Kind != FileEntryKind.File)
        {
            file.Dispose();
            throw new UnsafeEntryException(shownPath, buffer.Kind == FileEntryKind.Directory ? "is a folder" : "is not a regular file");
        }
        return file;
    }
}

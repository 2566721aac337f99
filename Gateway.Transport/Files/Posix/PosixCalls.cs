using System.Runtime.InteropServices;

namespace Gateway.Transport.Files.Posix;

/// <summary>
/// The Linux calls that work relative to an open directory (openat, statx, unlinkat, renameat2, linkat, mkdirat, fchmod):
/// with them a path below a folder is walked one plain name at a time, never following a link, so a partner who can
/// write in the folder cannot make the gateway reach outside it. Flags are those of Linux on x86-64 and arm64.
/// </summary>
internal static partial class PosixCalls
{
    private const string Library = "libc";

    public const int ReadOnly = 0x0;
    public const int WriteOnly = 0x1;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int NoControllingTerminal = 0x100;
    public const int Truncate = 0x200;
    public const int NonBlocking = 0x800;
    public const int CloseOnExec = 0x80000;

    public const int AtSymlinkNoFollow = 0x100;
    public const int AtRemoveDirectory = 0x200;
    public const int AtEmptyPath = 0x1000;
    public const uint RenameNoReplace = 1;

    public const int NoSuchEntry = 2;
    public const int AccessDenied = 13;
    public const int Exists = 17;
    public const int NotADirectory = 20;
    public const int IsADirectory = 21;
    public const int InvalidArgument = 22;
    public const int TooManyLinks = 40;

    /// <summary>O_DIRECTORY: fail unless the name is a directory.</summary>
    public static int Directory => IsArm ? 0x4000 : 0x10000;

    /// <summary>O_NOFOLLOW: fail (ELOOP) when the last name is a symbolic link.</summary>
    public static int NoFollow => IsArm ? 0x8000 : 0x20000;

    private static bool IsArm => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    /// <summary>Why these calls cannot be used here, or null: Linux on x86-64 or arm64 only.</summary>
    public static string? UnavailableReason =>
        !OperatingSystem.IsLinux() ? "local folders are accessed with Linux's openat/statx (no-follow); this is not Linux"
        : RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)
            ? $"local folder access supports x86-64 and arm64, not {RuntimeInformation.ProcessArchitecture}"
            : null;

    [LibraryImport(Library, EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(int directory, string path, int flags, uint mode);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int descriptor);

    [LibraryImport(Library, EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport(Library, EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(int directory, string path, int flags);

    [LibraryImport(Library, EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt2(int sourceDirectory, string source, int targetDirectory, string target, uint flags);

    [LibraryImport(Library, EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LinkAt(int sourceDirectory, string source, int targetDirectory, string target, int flags);

    /// <summary>syncfs: writes back and waits for everything cached of the file system <paramref name="descriptor"/> is on.</summary>
    [LibraryImport(Library, EntryPoint = "syncfs", SetLastError = true)]
    public static partial int SyncFileSystem(int descriptor);

    [LibraryImport(Library, EntryPoint = "fchmod", SetLastError = true)]
    public static partial int ChangeMode(int descriptor, uint mode);

    [LibraryImport(Library, EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MakeDirectoryAt(int directory, string path, uint mode);
}

using System.Runtime.InteropServices;

namespace Gateway.Transport.Files.Posix;

/// <summary>
/// Linux's <c>struct statx</c> (the same layout on every architecture, unlike <c>struct stat</c>): the fields the
/// gateway reads — type and permission bits, size and modification time.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    /// <summary>STATX_TYPE | STATX_MODE | STATX_SIZE | STATX_MTIME.</summary>
    public const uint WantedFields = 0x1 | 0x2 | 0x200 | 0x40;

    private const int TypeMask = 0xF000;

    [FieldOffset(0)]
    public uint Mask;

    [FieldOffset(28)]
    public ushort Mode;

    [FieldOffset(40)]
    public ulong Size;

    [FieldOffset(112)]
    public long ModifiedSeconds;

    [FieldOffset(120)]
    public uint ModifiedNanoseconds;

    public readonly FileEntryKind Kind => (Mode & TypeMask) switch
    {
        0x8000 => FileEntryKind.File,
        0x4000 => FileEntryKind.Directory,
        _ => FileEntryKind.Other, // symbolic link, FIFO, socket, device
    };

    public readonly bool IsSymbolicLink => (Mode & TypeMask) == 0xA000;

    public readonly DateTimeOffset LastModified =>
        DateTimeOffset.FromUnixTimeSeconds(ModifiedSeconds).AddTicks(ModifiedNanoseconds / 100);
}

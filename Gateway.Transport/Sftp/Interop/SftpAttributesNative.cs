using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// struct sftp_attributes_struct of libssh 0.10 on 64-bit Linux: 144 bytes. Only the members the binding reads are
/// declared, at their exact offsets (checked against the header with offsetof; see docs/transport.md). The struct is
/// owned by libssh and always released with sftp_attributes_free.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 144)]
internal struct SftpAttributesNative
{
    /// <summary>char* name (entry name for readdir, null for stat).</summary>
    [FieldOffset(0)]
    public nint Name;

    /// <summary>uint32_t flags: which members the server filled in (SSH_FILEXFER_ATTR_*).</summary>
    [FieldOffset(16)]
    public uint Flags;

    /// <summary>uint8_t type: SSH_FILEXFER_TYPE_* (libssh derives it from the permissions for SFTP v3).</summary>
    [FieldOffset(20)]
    public byte Type;

    [FieldOffset(24)]
    public ulong Size;

    [FieldOffset(56)]
    public uint Permissions;

    /// <summary>uint32_t mtime: seconds since the epoch (SFTP v3, which OpenSSH speaks).</summary>
    [FieldOffset(104)]
    public uint ModifiedTime;

    internal const uint SizeFlag = 0x1;
    internal const uint PermissionsFlag = 0x4;
    internal const uint AccessModifiedTimeFlag = 0x8;

    internal const byte TypeRegular = 1;
    internal const byte TypeDirectory = 2;
    internal const byte TypeSymlink = 3;
}

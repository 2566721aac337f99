namespace Gateway.Transport.Sftp.Interop;

/// <summary>
/// Linux open(2) flags as sftp_open expects them (it translates them into SSH_FXF_* itself). The values are those of
/// glibc on x86-64 and arm64; passing SSH_FXF_* constants here is the classic mistake (it opens read-only).
/// </summary>
[Flags]
internal enum PosixOpenFlags
{
    ReadOnly = 0x0,
    WriteOnly = 0x1,
    ReadWrite = 0x2,
    Create = 0x40,
    Exclusive = 0x80,
    Truncate = 0x200,
    Append = 0x400,
}

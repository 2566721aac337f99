using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>Open remote files: open with POSIX flags, read, write, close (sftp.h).</summary>
    internal static partial class SftpFile
    {
        /// <summary>sftp_open takes POSIX open(2) flags (<see cref="PosixOpenFlags"/>), not SSH_FXF_* values.</summary>
        [LibraryImport(Library, EntryPoint = "sftp_open", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafeSftpFileHandle Open(SafeSftpSessionHandle sftp, string path, PosixOpenFlags flags, uint mode);

        [LibraryImport(Library, EntryPoint = "sftp_close")]
        internal static partial int Close(nint file);

        [LibraryImport(Library, EntryPoint = "sftp_read")]
        internal static unsafe partial nint Read(SafeSftpFileHandle file, byte* buffer, nuint count);

        /// <summary>Writes one SSH_FXP_WRITE; callers keep count at or below <see cref="MaxWriteChunk"/>.</summary>
        [LibraryImport(Library, EntryPoint = "sftp_write")]
        internal static unsafe partial nint Write(SafeSftpFileHandle file, byte* buffer, nuint count);
    }

    /// <summary>
    /// Largest payload per sftp_write/sftp_read call. The SFTP draft only guarantees 32 KiB packets (OpenSSH accepts
    /// more, other servers do not), and libssh 0.10 sends one request per call, so the binding chunks at this size.
    /// </summary>
    internal const int MaxWriteChunk = 32 * 1024;
}

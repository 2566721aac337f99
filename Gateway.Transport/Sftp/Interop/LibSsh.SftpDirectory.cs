using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>Directory listing: opendir, readdir until end, closedir (sftp.h).</summary>
    internal static partial class SftpDirectory
    {
        [LibraryImport(Library, EntryPoint = "sftp_opendir", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial SafeSftpDirectoryHandle Open(SafeSftpSessionHandle sftp, string path);

        /// <summary>Next entry, or null at the end or on error (tell them apart with <see cref="IsEndOfDirectory"/>).</summary>
        [LibraryImport(Library, EntryPoint = "sftp_readdir")]
        internal static unsafe partial SftpAttributesNative* Read(SafeSftpSessionHandle sftp, SafeSftpDirectoryHandle directory);

        [LibraryImport(Library, EntryPoint = "sftp_dir_eof")]
        internal static partial int IsEndOfDirectory(SafeSftpDirectoryHandle directory);

        [LibraryImport(Library, EntryPoint = "sftp_closedir")]
        internal static partial int Close(nint directory);
    }
}

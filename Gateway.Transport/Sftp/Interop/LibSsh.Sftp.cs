using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>The SFTP subsystem and path operations (sftp.h).</summary>
    internal static partial class Sftp
    {
        [LibraryImport(Library, EntryPoint = "sftp_new")]
        internal static partial SafeSftpSessionHandle New(SafeSshSessionHandle session);

        [LibraryImport(Library, EntryPoint = "sftp_free")]
        internal static partial void Free(nint sftp);

        [LibraryImport(Library, EntryPoint = "sftp_init")]
        internal static partial int Init(SafeSftpSessionHandle sftp);

        /// <summary>The SSH_FX_* status of the last failed request on this SFTP session.</summary>
        [LibraryImport(Library, EntryPoint = "sftp_get_error")]
        internal static partial int GetError(SafeSftpSessionHandle sftp);

        /// <summary>Attributes of a path (follows symlinks); free the result with <see cref="FreeAttributes"/>.</summary>
        [LibraryImport(Library, EntryPoint = "sftp_stat", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial SftpAttributesNative* Stat(SafeSftpSessionHandle sftp, string path);

        [LibraryImport(Library, EntryPoint = "sftp_attributes_free")]
        internal static unsafe partial void FreeAttributes(SftpAttributesNative* attributes);

        [LibraryImport(Library, EntryPoint = "sftp_mkdir", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int MakeDirectory(SafeSftpSessionHandle sftp, string path, uint mode);

        /// <summary>SSH_FXP_RENAME: fails on OpenSSH when the target exists (no overwrite).</summary>
        [LibraryImport(Library, EntryPoint = "sftp_rename", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Rename(SafeSftpSessionHandle sftp, string original, string newName);

        [LibraryImport(Library, EntryPoint = "sftp_unlink", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Unlink(SafeSftpSessionHandle sftp, string path);

        [LibraryImport(Library, EntryPoint = "sftp_rmdir", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int RemoveDirectory(SafeSftpSessionHandle sftp, string path);
    }
}

using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

internal static partial class LibSsh
{
    /// <summary>Session lifetime, options, connect and error text (libssh.h).</summary>
    internal static partial class Session
    {
        [LibraryImport(Library, EntryPoint = "ssh_new")]
        internal static partial SafeSshSessionHandle New();

        [LibraryImport(Library, EntryPoint = "ssh_free")]
        internal static partial void Free(nint session);

        [LibraryImport(Library, EntryPoint = "ssh_options_set", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SetOption(SafeSshSessionHandle session, SshOption option, string value);

        [LibraryImport(Library, EntryPoint = "ssh_options_set")]
        internal static unsafe partial int SetOption(SafeSshSessionHandle session, SshOption option, void* value);

        [LibraryImport(Library, EntryPoint = "ssh_connect")]
        internal static partial int Connect(SafeSshSessionHandle session);

        [LibraryImport(Library, EntryPoint = "ssh_disconnect")]
        internal static partial void Disconnect(nint session);

        [LibraryImport(Library, EntryPoint = "ssh_is_connected")]
        internal static partial int IsConnected(SafeSshSessionHandle session);

        /// <summary>Sends SSH_MSG_IGNORE; the keep-alive that needs no reply.</summary>
        [LibraryImport(Library, EntryPoint = "ssh_send_ignore", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int SendIgnore(SafeSshSessionHandle session, string data);

        /// <summary>The socket descriptor, used only to shut the connection down on cancellation.</summary>
        [LibraryImport(Library, EntryPoint = "ssh_get_fd")]
        internal static partial int GetSocket(SafeSshSessionHandle session);

        /// <summary>The session's last error text; the pointer belongs to the session (never freed here).</summary>
        [LibraryImport(Library, EntryPoint = "ssh_get_error")]
        internal static partial nint GetError(SafeSshSessionHandle session);
    }
}

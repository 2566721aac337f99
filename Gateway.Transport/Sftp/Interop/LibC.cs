using System.Runtime.InteropServices;

namespace Gateway.Transport.Sftp.Interop;

/// <summary>The one libc call the binding needs: shutting a socket down so a blocked libssh call returns.</summary>
internal static partial class LibC
{
    internal const string Library = "libc";

    internal const int ShutdownReadWrite = 2;

    [LibraryImport(Library, EntryPoint = "shutdown", SetLastError = true)]
    internal static partial int Shutdown(int socket, int how);
}

using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp.Connecting;

/// <summary>Makes a blocked libssh call on a session return: shutdown(2) wakes its poll; the descriptor stays libssh's.</summary>
internal static class SessionSocket
{
    public static void Shutdown(SafeSshSessionHandle session)
    {
        if (session.IsInvalid || session.IsClosed)
        {
            return;
        }
        var socket = LibSsh.Session.GetSocket(session);
        if (socket >= 0)
        {
            _ = LibC.Shutdown(socket, LibC.ShutdownReadWrite);
        }
    }
}

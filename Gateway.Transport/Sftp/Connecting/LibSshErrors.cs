using System.Runtime.InteropServices;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp.Connecting;

/// <summary>
/// Reads libssh's error text of a session (the text belongs to the session and is copied here), prefixed
/// "libssh: " so that messages say which client library reported it.
/// </summary>
internal static class LibSshErrors
{
    public static string? Text(SafeSshSessionHandle session)
    {
        if (session.IsInvalid || session.IsClosed)
        {
            return null;
        }
        var text = Marshal.PtrToStringUTF8(LibSsh.Session.GetError(session));
        return string.IsNullOrWhiteSpace(text) ? null : "libssh: " + text.Trim();
    }

    public static bool IsConnected(SafeSshSessionHandle session) =>
        !session.IsInvalid && !session.IsClosed && LibSsh.Session.IsConnected(session) != 0;
}

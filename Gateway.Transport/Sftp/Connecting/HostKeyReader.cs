using System.Runtime.InteropServices;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Gateway.Transport.Sftp.Interop;

namespace Gateway.Transport.Sftp.Connecting;

/// <summary>Reads the host key a connected session's server presented: type, SHA-256 fingerprint, base64 blob.</summary>
internal static class HostKeyReader
{
    public static PresentedHostKey Read(SafeSshSessionHandle session, string endpoint)
    {
        if (LibSsh.HostKey.GetServerPublicKey(session, out var key) != LibSsh.Ok || key.IsInvalid)
        {
            key.Dispose();
            throw new SftpConnectionException(endpoint, "read host key", path: null, LibSshErrors.Text(session));
        }
        using (key)
        {
            return new PresentedHostKey(KeyType(key), Fingerprint(key, session, endpoint), PublicKeyBase64(key, session, endpoint));
        }
    }

    private static string KeyType(SafeSshKeyHandle key) =>
        Marshal.PtrToStringUTF8(LibSsh.HostKey.KeyTypeName(LibSsh.HostKey.KeyType(key))) ?? "unknown";

    private static unsafe HostKeyFingerprint Fingerprint(SafeSshKeyHandle key, SafeSshSessionHandle session, string endpoint)
    {
        if (LibSsh.HostKey.GetPublicKeyHash(key, LibSsh.PublicKeyHashType.Sha256, out var hash, out var length) != LibSsh.Ok)
        {
            throw new SftpConnectionException(endpoint, "hash host key", path: null, LibSshErrors.Text(session));
        }
        try
        {
            return HostKeyFingerprint.FromHash(new ReadOnlySpan<byte>((void*)hash, (int)length));
        }
        finally
        {
            LibSsh.HostKey.FreeHash(ref hash);
        }
    }

    private static string PublicKeyBase64(SafeSshKeyHandle key, SafeSshSessionHandle session, string endpoint)
    {
        if (LibSsh.HostKey.ExportPublicKeyBase64(key, out var text) != LibSsh.Ok)
        {
            throw new SftpConnectionException(endpoint, "export host key", path: null, LibSshErrors.Text(session));
        }
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? "";
        }
        finally
        {
            LibSsh.HostKey.FreeString(text);
        }
    }
}

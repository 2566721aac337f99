using System.Buffers.Binary;
using System.Text;

namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>An SSH public key blob (RFC 4253 §6.6): its first field is the key type as a length-prefixed string.</summary>
internal static class HostKeyBlob
{
    /// <summary>The key type the blob starts with (e.g. <c>ssh-ed25519</c>, <c>ssh-rsa</c>), or null when it is malformed.</summary>
    public static string? KeyType(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 4)
        {
            return null;
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        if (length == 0 || length > (uint)(blob.Length - 4))
        {
            return null;
        }
        return Encoding.ASCII.GetString(blob.Slice(4, (int)length));
    }

    /// <summary>What a server presented, described from its blob (type, SHA-256 fingerprint, base64).</summary>
    public static PresentedHostKey Describe(byte[] blob) =>
        new(KeyType(blob) ?? "unknown", HostKeyFingerprint.FromPublicKeyBlob(blob), Convert.ToBase64String(blob));
}

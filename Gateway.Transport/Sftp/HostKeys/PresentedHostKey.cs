namespace Gateway.Transport.Sftp.HostKeys;

/// <summary>
/// The host key a server presented during key exchange: its type (e.g. <c>ssh-ed25519</c>), SHA-256 fingerprint and
/// public key in base64. This is what an administrator is shown before accepting (pinning) a partner's server.
/// </summary>
public sealed record PresentedHostKey(string KeyType, HostKeyFingerprint Fingerprint, string PublicKeyBase64)
{
    /// <summary>The known_hosts line that pins this key for <paramref name="host"/> (bracketed with the port unless 22).</summary>
    public string ToKnownHostsLine(string host, int port) =>
        $"{(port == 22 ? host : $"[{host}]:{port}")} {KeyType} {PublicKeyBase64}";
}

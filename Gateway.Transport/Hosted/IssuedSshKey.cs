namespace Gateway.Transport.Hosted;

/// <summary>
/// A key pair issued to a partner: the public key (OpenSSH one-line) the gateway authorises, its SHA256 fingerprint, and
/// — to hand over once, never to store — the private key in OpenSSH format encrypted with <see cref="Passphrase"/>.
/// </summary>
public sealed record IssuedSshKey(string PublicKey, string Fingerprint, string EncryptedPrivateKey, string Passphrase)
{
    /// <summary>Without the secrets: what may be logged or shown again.</summary>
    public override string ToString() => $"{Fingerprint} (private key and passphrase withheld)";
}

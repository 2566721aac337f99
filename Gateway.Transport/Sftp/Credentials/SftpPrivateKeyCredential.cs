namespace Gateway.Transport.Sftp.Credentials;

/// <summary>
/// Public key authentication with an ed25519, ECDSA or RSA private key in OpenSSH or PEM format, optionally protected
/// by a passphrase. The key comes from a file or from text (e.g. decrypted from the gateway's secret store).
/// </summary>
public sealed class SftpPrivateKeyCredential : SftpCredential
{
    private SftpPrivateKeyCredential(string? keyFile, string? keyText, string? passphrase)
    {
        KeyFile = keyFile;
        KeyText = keyText;
        Passphrase = string.IsNullOrEmpty(passphrase) ? null : passphrase;
    }

    /// <summary>The key file, when the key is read from disk.</summary>
    public string? KeyFile { get; }

    internal string? KeyText { get; }

    internal string? Passphrase { get; }

    /// <summary>A key read from <paramref name="path"/> when connecting.</summary>
    public static SftpPrivateKeyCredential FromFile(string path, string? passphrase = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SftpPrivateKeyCredential(path, null, passphrase);
    }

    /// <summary>A key given as its full text ("-----BEGIN OPENSSH PRIVATE KEY-----" …).</summary>
    public static SftpPrivateKeyCredential FromText(string keyText, string? passphrase = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyText);
        return new SftpPrivateKeyCredential(null, keyText, passphrase);
    }

    public override string Describe() =>
        (KeyFile is null ? "private key (inline)" : $"private key {KeyFile}") + (Passphrase is null ? "" : " with passphrase");
}

namespace Gateway.Transport.Sftp.Credentials;

/// <summary>How the client proves its identity: <see cref="SftpPasswordCredential"/> or <see cref="SftpPrivateKeyCredential"/>.
/// Instances never print their secret (ToString names the kind only).</summary>
public abstract class SftpCredential
{
    private protected SftpCredential()
    {
    }

    /// <summary>"password" or "private key …", for logs and error messages.</summary>
    public abstract string Describe();

    public sealed override string ToString() => Describe();
}

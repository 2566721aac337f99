namespace Gateway.Transport.Sftp.Credentials;

/// <summary>Password authentication (SSH "password" method).</summary>
public sealed class SftpPasswordCredential : SftpCredential
{
    public SftpPasswordCredential(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        Password = password;
    }

    internal string Password { get; }

    public override string Describe() => "password";
}

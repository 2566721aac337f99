namespace Gateway.Core.Accounts;

/// <summary>The partner's SFTP server. Secrets may be stored encrypted (<c>enc:v1:…</c>); the host key is pinned.</summary>
public sealed class SftpPushOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 22;

    public string Username { get; set; } = "";

    public string? Password { get; set; }

    public string? PrivateKeyFile { get; set; }

    public string? Passphrase { get; set; }

    /// <summary>Expected host key: <c>SHA256:…</c> fingerprint or a known_hosts line. Required.</summary>
    public string HostKey { get; set; } = "";

    public string RemoteFolder { get; set; } = "/";
}

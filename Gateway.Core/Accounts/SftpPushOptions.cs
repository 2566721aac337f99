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

    /// <summary>
    /// SFTP sessions the account's deliverer uploads over at once (1–16, default 1), where the partner allows that many
    /// logins. Messages are spread over the sessions by case, so a case's messages still arrive one after another.
    /// </summary>
    public int Sessions { get; set; } = 1;
}

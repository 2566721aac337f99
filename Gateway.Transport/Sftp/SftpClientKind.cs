namespace Gateway.Transport.Sftp;

/// <summary>Which SSH/SFTP implementation an account's connections use (configuration <c>Transport:Client</c>).</summary>
public enum SftpClientKind
{
    /// <summary>The libssh 0.10 binding (<see cref="SftpClient"/>): the default; needs the native libssh-4 on 64-bit Linux.</summary>
    LibSsh,

    /// <summary>SSH.NET (<see cref="SshNet.SshNetSftpClient"/>): managed, runs wherever .NET runs (Windows, hosts without libssh).</summary>
    SshNet,
}

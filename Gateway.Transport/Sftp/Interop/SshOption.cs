namespace Gateway.Transport.Sftp.Interop;

/// <summary>enum ssh_options_e (libssh 0.10); only the values the binding sets. Order matters: these are positions.</summary>
internal enum SshOption
{
    Host = 0,
    Port = 1,
    User = 4,
    SshDirectory = 5,
    KnownHosts = 8,
    /// <summary>long seconds: connect timeout and the timeout of blocking waits.</summary>
    Timeout = 9,
    LogVerbosity = 13,
    StrictHostKeyCheck = 21,
    /// <summary>Comma-separated host key algorithms to offer, e.g. "ssh-ed25519".</summary>
    HostKeys = 25,
    PasswordAuth = 31,
    PublicKeyAuth = 32,
    KeyboardInteractiveAuth = 33,
    GssapiAuth = 34,
    GlobalKnownHosts = 35,
    NoDelay = 36,
    /// <summary>bool: whether ssh_connect reads ~/.ssh/config and /etc/ssh/ssh_config. Always false here.</summary>
    ProcessConfig = 38,
}

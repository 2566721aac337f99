namespace Gateway.Receiving.Accounts;

/// <summary>How a sending partner's files reach the gateway (seed 003: "Otherside SFTP" versus "Externe SFTP").</summary>
public enum ReceivingAccountKind
{
    /// <summary>Push: the partner connects to an SFTP inbox the gateway hosts and places its files there.</summary>
    HostedSftp = 1,

    /// <summary>Pull: the gateway connects to the partner's SFTP server on each import configuration's schedule.</summary>
    ExternalSftp = 2,
}

namespace Gateway.Transport.Hosted;

/// <summary>Where one hosted account's things live on the server, as the plan creates them.</summary>
public sealed record HostedAccountLayout(
    HostedSftpAccount Account,
    string ChrootDirectory,
    string OutboxDirectory,
    string InboxDirectory,
    string AuthorizedKeysFile);

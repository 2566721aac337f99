namespace Gateway.Transport.Hosted;

/// <summary>Server-wide choices of the hosted SFTP folders.</summary>
public sealed record HostedSftpOptions
{
    /// <summary>Parent of the per-account chroots; it and every ancestor must be root-owned and not group/world writable.</summary>
    public string ChrootRoot { get; init; } = "/srv/gateway-sftp";

    /// <summary>Root-owned folder holding one authorized_keys file per account, named after the user.</summary>
    public string AuthorizedKeysDirectory { get; init; } = "/etc/ssh/gateway-authorized-keys";

    /// <summary>The sshd_config fragment written; Debian's sshd_config includes /etc/ssh/sshd_config.d/*.conf.</summary>
    public string SshdConfigFragmentPath { get; init; } = "/etc/ssh/sshd_config.d/gateway-sftp.conf";

    /// <summary>
    /// The system user the gateway runs as; it is added to each account's group so it can write the outbox and read
    /// the inbox. Null or "root" when the gateway runs as root (no group membership needed).
    /// </summary>
    public string? GatewayUser { get; init; }

    /// <summary>Folder in the chroot the gateway writes to and the partner collects (and deletes) from.</summary>
    public string OutboxFolder { get; init; } = "outbox";

    /// <summary>Folder in the chroot the partner uploads to (Retourmeldingen) and the gateway takes in.</summary>
    public string InboxFolder { get; init; } = "inbox";

    /// <summary>umask internal-sftp applies to the partner's uploads: 0007 keeps them readable by the account's group.</summary>
    public string PartnerUmask { get; init; } = "0007";
}

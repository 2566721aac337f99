namespace Gateway.Transport.Hosted;

/// <summary>
/// A partner that collects its files from (and drops Retourmeldingen into) an SFTP folder the gateway hosts.
/// </summary>
/// <param name="AccountName">The gateway's name for the account (comments and logs only).</param>
/// <param name="SystemUserName">The Linux user the partner logs in as (lower case, e.g. gw-acme).</param>
/// <param name="AuthorizedKeys">The partner's OpenSSH public keys ("ssh-ed25519 AAAA… comment").</param>
public sealed record HostedSftpAccount(string AccountName, string SystemUserName, IReadOnlyList<string> AuthorizedKeys)
{
    /// <summary>The account's chroot; default: <see cref="HostedSftpOptions.ChrootRoot"/>/SystemUserName.</summary>
    public string? ChrootDirectory { get; init; }

    /// <summary>
    /// Further folders of the chroot, made like <c>outbox</c> and <c>inbox</c> (a receiving account's import folders and
    /// Retourmelding folder): plain names, a leading <c>/</c> is ignored.
    /// </summary>
    public IReadOnlyList<string> Folders { get; init; } = [];
}

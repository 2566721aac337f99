using System.Text;

namespace Gateway.Transport.Hosted;

/// <summary>
/// Renders the sshd_config fragment: one <c>Match User</c> block per account that chroots it, forces the in-process
/// SFTP server (starting in the outbox, with the partner umask, refusing the requests that create links), allows
/// public keys only and disables every kind of forwarding, tunnelling and TTY. Only Match blocks: OpenSSH ends a Match
/// context at the end of an included file.
/// </summary>
internal static class SshdConfigFragment
{
    /// <summary>
    /// sftp-server requests a partner may not make (names as <c>/usr/lib/openssh/sftp-server -Q requests</c> lists
    /// them): <c>symlink</c> and <c>hardlink</c> (hardlink@openssh.com). A link in a partner's folder could point the
    /// gateway, which reads those folders as root, outside the chroot. Renames (also posix-rename) stay allowed: a
    /// partner uploads under a temporary name and renames.
    /// </summary>
    public const string DeniedRequests = "symlink,hardlink";

    public static string Render(IEnumerable<HostedAccountLayout> accounts, HostedSftpOptions options)
    {
        var text = new StringBuilder();
        text.Append("# Hosted SFTP folders of the SIVI gateway. Generated (gateway sftp-accounts provision): edits are overwritten.\n");
        text.Append("# Only Match blocks; include it from sshd_config (Debian includes /etc/ssh/sshd_config.d/*.conf).\n");
        foreach (var layout in accounts)
        {
            var user = layout.Account.SystemUserName;
            text.Append('\n');
            text.Append($"# Account: {CommentSafe(layout.Account.AccountName)}\n");
            text.Append($"Match User {user}\n");
            text.Append($"    ChrootDirectory {layout.ChrootDirectory}\n");
            text.Append($"    ForceCommand internal-sftp -d /{options.OutboxFolder} -u {options.PartnerUmask} -P {DeniedRequests}\n");
            text.Append($"    AuthorizedKeysFile {layout.AuthorizedKeysFile}\n");
            text.Append("    AuthenticationMethods publickey\n");
            text.Append("    PubkeyAuthentication yes\n");
            text.Append("    PasswordAuthentication no\n");
            text.Append("    KbdInteractiveAuthentication no\n");
            text.Append("    DisableForwarding yes\n");
            text.Append("    PermitTunnel no\n");
            text.Append("    PermitTTY no\n");
            text.Append("    PermitUserRC no\n");
        }
        return text.ToString();
    }

    private static string CommentSafe(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}

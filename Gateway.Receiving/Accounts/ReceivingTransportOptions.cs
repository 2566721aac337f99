namespace Gateway.Receiving.Accounts;

/// <summary>
/// Transport settings of a receiving account, as plain values for the SFTP layer (this library opens no
/// connections). Secrets are references or <c>enc:v1:</c> protected values (see <c>gateway secrets protect</c>),
/// never clear text in a committed file.
/// </summary>
public sealed class ReceivingTransportOptions
{
    /// <summary>External SFTP: the partner's server. Hosted SFTP: unused (the gateway's own sshd).</summary>
    public string? Host { get; set; }

    /// <summary>External SFTP: the partner's port (default 22).</summary>
    public int Port { get; set; } = 22;

    /// <summary>
    /// External SFTP: the user name the partner gave us. Hosted SFTP: the user name of the partner's account on
    /// the gateway's inbox (generated at provisioning).
    /// </summary>
    public string? UserName { get; set; }

    /// <summary>External SFTP: the password, protected (<c>enc:v1:…</c>); or use <see cref="PrivateKeyFile"/>.</summary>
    public string? PasswordSecret { get; set; }

    /// <summary>External SFTP: path of the private key file the gateway logs in with.</summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>External SFTP: the private key's passphrase, protected (<c>enc:v1:…</c>).</summary>
    public string? PrivateKeyPassphraseSecret { get; set; }

    /// <summary>
    /// External SFTP: the pinned host key fingerprint of the partner's server, OpenSSH style
    /// (<c>SHA256:base64…</c>). Mandatory: the gateway never trusts a host key on first use.
    /// </summary>
    public string? HostKeyFingerprint { get; set; }

    /// <summary>Hosted SFTP: the partner's public key (OpenSSH one-line format) allowed to log in.</summary>
    public string? AuthorizedPublicKey { get; set; }

    /// <summary>
    /// External SFTP: the SSH client the gateway polls with, <c>LibSsh</c> (default, the native libssh binding) or
    /// <c>SshNet</c> (managed SSH.NET: Windows, hosts without libssh).
    /// </summary>
    public string? Client { get; set; }

    /// <summary>Folder the Retourmeldingen for this partner are written to (default <c>retour</c>).</summary>
    public string RetourmeldingFolder { get; set; } = "retour";

    /// <summary>
    /// External SFTP: how many SFTP sessions a run may hold at once (2–16, default 2), where the partner allows that many
    /// logins: the intake's own (listing, downloads), the Retourmeldingen's, and more for downloading, removing taken files
    /// and writing Retourmeldingen side by side (<see cref="Intake.ReceivingSessionPlan"/>).
    /// </summary>
    public int Sessions { get; set; } = Intake.ReceivingSessionPlan.DefaultSessions;
}

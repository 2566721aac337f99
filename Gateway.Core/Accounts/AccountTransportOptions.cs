using Gateway.Transport.Sftp;

namespace Gateway.Core.Accounts;

/// <summary>
/// How an account talks SSH (<c>Gateway:Accounts:&lt;name&gt;:Transport</c>): <see cref="Client"/> picks the SFTP
/// implementation for its push deliveries and Retourmelding pickups. Receiving accounts carry the same key in
/// <c>Gateway:ReceivingAccounts:&lt;name&gt;:Transport:Client</c>.
/// </summary>
public sealed class AccountTransportOptions
{
    /// <summary><c>LibSsh</c> (default: the native libssh binding) or <c>SshNet</c> (managed SSH.NET: Windows, hosts without libssh).</summary>
    public string? Client { get; set; }

    /// <summary>What is wrong with a configured client name at <paramref name="path"/>, or null when it is one.</summary>
    public static string? Problem(string? client, string path) =>
        SftpClients.TryParse(client, out _) ? null : $"{path} '{client}' is not an SFTP client: use {SftpClients.Choices}";

    /// <summary>The client named at <paramref name="path"/>; throws naming the path when it is not one.</summary>
    public static SftpClientKind Kind(string? client, string path) =>
        SftpClients.TryParse(client, out var kind) ? kind : throw new InvalidOperationException(Problem(client, path));
}

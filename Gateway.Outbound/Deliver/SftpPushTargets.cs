using Gateway.Core.Accounts;
using Gateway.Core.Resilience;
using Gateway.Core.Secrets;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Microsoft.Extensions.Logging;
using Polly;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Push delivery to a partner's SFTP server over the account's SSH client (<c>Transport:Client</c>: libssh by default,
/// or SSH.NET), with the host key pinned and secrets decrypted only here. A connect that fails transiently is retried
/// through the gateway's transient retry (<see cref="TransientRetry"/>); a host key or login refused is not.
/// </summary>
public sealed class SftpPushTargets(SecretProtector secrets, ILoggerFactory loggers, TimeProvider? clock = null)
{
    /// <summary>A connect that fails for a transient reason (refused, dropped, timed out) is tried 3 times in all, waiting about 1 and 2 seconds.</summary>
    public static readonly TransientRetryOptions ConnectRetryOptions = new(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.Zero);

    private readonly ResiliencePipeline _connectRetry = TransientRetry.Create(ConnectRetryOptions,
        e => e is SftpException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException, clock ?? TimeProvider.System);

    public IDeliveryTarget Create(PartnerAccountOptions account) => new TransferFolderTarget(Connect(account), account.Delivery.Sftp.RemoteFolder);

    /// <summary>Opens a connection to the account's server (pinned host key); the caller disposes it.</summary>
    public Func<CancellationToken, Task<ITransferFileSystem>> Connect(PartnerAccountOptions account)
    {
        var sftp = account.Delivery.Sftp;
        if (string.IsNullOrWhiteSpace(sftp.HostKey))
        {
            throw new InvalidOperationException($"account {account.Name}: Delivery:Sftp:HostKey is required (pin the server's key; see gateway accounts trust-hostkey)");
        }
        var settings = new SftpConnectionSettings
        {
            Host = sftp.Host,
            Port = sftp.Port,
            UserName = sftp.Username,
            HostKey = HostKeyPin.Parse(sftp.HostKey),
            Credential = sftp.PrivateKeyFile is { Length: > 0 } keyFile
                ? SftpPrivateKeyCredential.FromFile(keyFile, sftp.Passphrase is null ? null : secrets.Unprotect(sftp.Passphrase))
                : new SftpPasswordCredential(secrets.Unprotect(sftp.Password ?? "")),
        };
        var client = SftpClients.Create(AccountTransportOptions.Kind(account.Transport.Client, AccountCatalog.ClientPath(account.Name)), loggers);
        return async cancellationToken => await _connectRetry.ExecuteAsync(async token => await client.ConnectAsync(settings, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }
}

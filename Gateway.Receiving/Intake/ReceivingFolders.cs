using Gateway.Core.Accounts;
using Gateway.Core.Secrets;
using Gateway.Receiving.Accounts;
using Gateway.Transport.Files;
using Gateway.Transport.Hosted;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.HostKeys;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Intake;

/// <summary>
/// Where a receiving account's files are: the partner's SFTP server (host key pinned, over the account's
/// <c>Transport:Client</c>) or its chroot on the hosted server.
/// </summary>
public sealed class ReceivingFolders(SecretProtector secrets, HostedSftpOptions hosted, ILoggerFactory loggers)
{
    public Func<CancellationToken, Task<ITransferFileSystem>> Open(ReceivingAccount account)
    {
        var transport = account.Options.Transport;
        if (account.Options.Kind == ReceivingAccountKind.HostedSftp)
        {
            var chroot = Path.Combine(hosted.ChrootRoot, transport.UserName ?? account.Name);
            return _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(chroot));
        }
        var settings = new SftpConnectionSettings
        {
            Host = transport.Host ?? throw new InvalidOperationException($"receiving account {account.Name}: Transport:Host is required"),
            Port = transport.Port,
            UserName = transport.UserName ?? "",
            HostKey = HostKeyPin.Parse(transport.HostKeyFingerprint ?? throw new InvalidOperationException($"receiving account {account.Name}: Transport:HostKeyFingerprint is required")),
            Credential = transport.PrivateKeyFile is { Length: > 0 } key
                ? SftpPrivateKeyCredential.FromFile(key, transport.PrivateKeyPassphraseSecret is null ? null : secrets.Unprotect(transport.PrivateKeyPassphraseSecret))
                : new SftpPasswordCredential(secrets.Unprotect(transport.PasswordSecret ?? "")),
        };
        var client = SftpClients.Create(
            AccountTransportOptions.Kind(transport.Client, ReceivingAccountValidator.ClientPath($"{ReceivingAccountOptions.Section}:{account.Name}")), loggers);
        return async cancellationToken => await client.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
    }
}

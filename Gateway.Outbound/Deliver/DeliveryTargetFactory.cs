using Gateway.Core.Accounts;
using Gateway.Transport.Delivery;
using Gateway.Transport.Hosted;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Creates the delivery target an account's options describe. Files delivered into a folder are the gateway user's
/// alone (0600); files in a hosted outbox are 0660, so the partner's login (the outbox's group) can collect them.
/// </summary>
public sealed class DeliveryTargetFactory(Func<PartnerAccountOptions, IDeliveryTarget>? sftpPush = null, HostedSftpOptions? hosted = null)
{
    /// <summary>Mode of files delivered into a folder account's folder.</summary>
    public const UnixFileMode FolderFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Mode of files written to a hosted outbox: the partner reads (and deletes) them through the outbox's group.</summary>
    public const UnixFileMode HostedFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;

    public IDeliveryTarget Create(PartnerAccountOptions account) => account.Delivery.Kind switch
    {
        DeliveryKind.Folder => TransferFolderTarget.LocalFolder(account.Delivery.Folder ?? Path.Combine("var", "outbox", account.Name), FolderFileMode),
        DeliveryKind.Hosted => TransferFolderTarget.LocalFolder(HostedOutbox(account), HostedFileMode),
        DeliveryKind.SftpPush when sftpPush is not null => sftpPush(account),
        _ => throw new InvalidOperationException($"account {account.Name}: delivery kind {account.Delivery.Kind} is not available"),
    };

    /// <summary>Most SFTP sessions one account delivers over at once.</summary>
    public const int MaxSessions = 16;

    /// <summary>
    /// The targets an account's deliverer uploads over at once: <c>Delivery:Sftp:Sessions</c> connections for SFTP push
    /// (each opened on first use), one for a folder. The caller disposes them.
    /// </summary>
    public IReadOnlyList<IDeliveryTarget> CreateSessions(PartnerAccountOptions account)
    {
        var count = account.Delivery.Kind == DeliveryKind.SftpPush ? Math.Clamp(account.Delivery.Sftp.Sessions, 1, MaxSessions) : 1;
        return Enumerable.Range(0, count).Select(_ => Create(account)).ToList();
    }

    /// <summary>The outbox folder of a hosted account on this machine.</summary>
    public string HostedOutbox(PartnerAccountOptions account) =>
        Path.Combine((hosted ?? new HostedSftpOptions()).ChrootRoot, account.Delivery.Hosted.SystemUser, (hosted ?? new HostedSftpOptions()).OutboxFolder);
}

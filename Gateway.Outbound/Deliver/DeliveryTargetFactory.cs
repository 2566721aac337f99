using Gateway.Core.Accounts;
using Gateway.Transport.Delivery;
using Gateway.Transport.Hosted;

namespace Gateway.Outbound.Deliver;

/// <summary>Creates the delivery target an account's options describe.</summary>
public sealed class DeliveryTargetFactory(Func<PartnerAccountOptions, IDeliveryTarget>? sftpPush = null, HostedSftpOptions? hosted = null)
{
    public IDeliveryTarget Create(PartnerAccountOptions account) => account.Delivery.Kind switch
    {
        DeliveryKind.Folder => TransferFolderTarget.LocalFolder(account.Delivery.Folder ?? Path.Combine("var", "outbox", account.Name)),
        DeliveryKind.Hosted => TransferFolderTarget.LocalFolder(HostedOutbox(account)),
        DeliveryKind.SftpPush when sftpPush is not null => sftpPush(account),
        _ => throw new InvalidOperationException($"account {account.Name}: delivery kind {account.Delivery.Kind} is not available"),
    };

    /// <summary>The outbox folder of a hosted account on this machine.</summary>
    public string HostedOutbox(PartnerAccountOptions account) =>
        Path.Combine((hosted ?? new HostedSftpOptions()).ChrootRoot, account.Delivery.Hosted.SystemUser, (hosted ?? new HostedSftpOptions()).OutboxFolder);
}

using Gateway.Core.Accounts;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Transport.Files;

namespace Gateway.Host.Demo;

/// <summary>
/// The arbodienst's hand in the demo: it places files in a folder the gateway polls for an account (its
/// Retourmeldingen, the Documenten and Afspraken it sends) — over the account's own SFTP connection when the account
/// pushes to the sshd, else in the local folder — as a partner would.
/// </summary>
internal static class DemoPartnerDrop
{
    public static async Task PlaceAsync(PartnerAccountOptions account, PolledFolderOptions polled, IEnumerable<(string Name, byte[] Content)> files,
        SftpPushTargets sftp, CancellationToken cancellationToken)
    {
        if (account.Delivery.Kind != DeliveryKind.SftpPush)
        {
            Directory.CreateDirectory(polled.Folder!);
        }
        var (folder, _) = PartnerInbox.Location(account, polled);
        var directory = folder.TrimEnd('/');
        var fileSystem = await PartnerInbox.FolderOf(account, polled, sftp, null)(cancellationToken).ConfigureAwait(false);
        try
        {
            if (directory.Length > 0)
            {
                await fileSystem.CreateDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);
            }
            foreach (var (name, content) in files)
            {
                using var stream = new MemoryStream(content, writable: false);
                await fileSystem.UploadAsync(directory + "/" + name, stream, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(fileSystem).ConfigureAwait(false);
        }
    }
}

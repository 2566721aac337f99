using Gateway.Transport.Files;

namespace Gateway.Transport.Delivery;

/// <summary>
/// Delivers into a folder of an <see cref="ITransferFileSystem"/> (the partner's SFTP server, a hosted outbox or a
/// local folder) through <see cref="FileDelivery"/>: temporary name, then rename; the same bytes already there count
/// as delivered, other bytes there are never overwritten (a permanent <see cref="DeliveryFailureException"/>). The file
/// system is opened on first use and reused for the whole run.
/// </summary>
public sealed class TransferFolderTarget(Func<CancellationToken, Task<ITransferFileSystem>> open, string folder, FileDelivery? delivery = null) : IDeliveryTarget
{
    private readonly FileDelivery _delivery = delivery ?? new FileDelivery();
    private ITransferFileSystem? _files;

    /// <summary>A local folder (created when missing); written files get <paramref name="fileMode"/> when given.</summary>
    public static TransferFolderTarget LocalFolder(string directory, UnixFileMode? fileMode = null)
    {
        Directory.CreateDirectory(directory);
        return new TransferFolderTarget(_ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(directory, fileMode)), "");
    }

    public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var files = _files ??= await open(cancellationToken).ConfigureAwait(false);
        try
        {
            await _delivery.DeliverAsync(files, folder, fileName, content, cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryConflictException e)
        {
            throw new DeliveryFailureException($"{fileName} already exists at the receiver with other content", transient: false, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await TransferFileSystems.DisposeAsync(_files).ConfigureAwait(false);
        _files = null;
    }
}

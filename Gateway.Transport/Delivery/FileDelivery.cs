using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Delivery;

/// <summary>
/// The one way the gateway publishes a file, so a receiver never sees a partial file under its final name and a retry
/// after an unknown outcome never yields a second copy:
/// <list type="number">
/// <item>if the final name already holds the same bytes the file counts as delivered; a different file there is
/// refused (<see cref="DeliveryConflictException"/>) and left alone;</item>
/// <item>otherwise the content is uploaded under a temporary name (<c>.NAME.part</c>: hidden and outside any
/// <c>VZ*.xml</c> filter; a left-over of an earlier attempt is truncated);</item>
/// <item>then renamed to the final name. If that rename fails because the final name appeared meanwhile (an earlier
/// attempt whose reply was lost), the same check as in 1 decides.</item>
/// </list>
/// Works on any <see cref="ITransferFileSystem"/>: an SFTP connection (push, Retourmeldingen to a partner) or a local
/// folder (hosted outbox, folder accounts).
/// </summary>
public sealed class FileDelivery(ILogger<FileDelivery>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<FileDelivery>.Instance;

    /// <summary>The temporary name <paramref name="fileName"/> is uploaded under.</summary>
    public static string TemporaryName(string fileName) => $".{fileName}.part";

    /// <summary>Publishes <paramref name="content"/> as <paramref name="folder"/>/<paramref name="fileName"/> (one stat of the final name first).</summary>
    /// <exception cref="DeliveryConflictException">Another file is there under the final name.</exception>
    public async Task<DeliveryOutcome> DeliverAsync(ITransferFileSystem destination, string folder, string fileName, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var path = TransferPath.Combine(folder, fileName);
        var existing = await destination.TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            await RefuseUnlessSameAsync(destination, existing, path, content, cancellationToken).ConfigureAwait(false);
            return Finish(destination, path, content, DeliveryOutcome.AlreadyDelivered);
        }
        var temporaryPath = TransferPath.Combine(folder, TemporaryName(fileName));
        using (var stream = new MemoryStream(content.ToArray(), writable: false))
        {
            await destination.UploadAsync(temporaryPath, stream, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await destination.RenameAsync(temporaryPath, path, cancellationToken).ConfigureAwait(false);
            return Finish(destination, path, content, DeliveryOutcome.Delivered);
        }
        catch (IOException e) when (e is not SftpConnectionException)
        {
            // the rename failed while the connection is fine: most likely the final name exists now
            var appeared = await destination.TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false);
            if (appeared is null)
            {
                throw;
            }
            DeliveryLog.RenameFoundExisting(_logger, destination.Description, temporaryPath, path);
            await TryDeleteAsync(destination, temporaryPath, cancellationToken).ConfigureAwait(false);
            await RefuseUnlessSameAsync(destination, appeared, path, content, cancellationToken).ConfigureAwait(false);
            return Finish(destination, path, content, DeliveryOutcome.AlreadyDelivered);
        }
    }

    /// <summary>Same size and the same bytes read back, or a <see cref="DeliveryConflictException"/>.</summary>
    private async Task RefuseUnlessSameAsync(ITransferFileSystem destination, FileEntry existing, string path, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken)
    {
        if (existing.IsFile && existing.Size == content.Length)
        {
            using var copy = new MemoryStream(content.Length);
            await destination.DownloadAsync(path, copy, cancellationToken).ConfigureAwait(false);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).SequenceEqual(content.Span))
            {
                return;
            }
        }
        DeliveryLog.Conflict(_logger, destination.Description, path, existing.Size, content.Length);
        throw new DeliveryConflictException(path, existing.Size, content.Length);
    }

    private async Task TryDeleteAsync(ITransferFileSystem destination, string path, CancellationToken cancellationToken)
    {
        try
        {
            await destination.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            DeliveryLog.TemporaryLeft(_logger, destination.Description, path, e);
        }
    }

    private DeliveryOutcome Finish(ITransferFileSystem destination, string path, ReadOnlyMemory<byte> content, DeliveryOutcome outcome)
    {
        DeliveryLog.Finished(_logger, destination.Description, path, outcome, content.Length);
        return outcome;
    }
}

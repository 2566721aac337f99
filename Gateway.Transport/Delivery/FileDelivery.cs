using System.Runtime.InteropServices;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Delivery;

/// <summary>
/// The one way the gateway publishes a file, so a receiver never sees a partial file under its final name and a retry
/// after an unknown outcome never yields a second copy:
/// <list type="number">
/// <item>the content is uploaded under a temporary name (<c>.NAME.part</c>: hidden and outside any <c>VZ*.xml</c>
/// filter; a left-over of an earlier attempt is truncated), from the caller's memory without a copy;</item>
/// <item>then renamed to the final name. The rename never overwrites, so nothing is looked up first;</item>
/// <item>only when the rename fails (the connection still up) is the final name looked at: the same bytes there (an
/// earlier attempt whose reply was lost) count as delivered and the temporary copy is removed; a different file there
/// is refused (<see cref="DeliveryConflictException"/>) and left alone.</item>
/// </list>
/// Works on any <see cref="ITransferFileSystem"/> whose rename does not replace an existing target: an SFTP connection
/// (push, Retourmeldingen to a partner) or a local folder (hosted outbox, folder accounts).
/// </summary>
public sealed class FileDelivery(ILogger<FileDelivery>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<FileDelivery>.Instance;

    /// <summary>The temporary name <paramref name="fileName"/> is uploaded under.</summary>
    public static string TemporaryName(string fileName) => $".{fileName}.part";

    /// <summary>Publishes <paramref name="content"/> as <paramref name="folder"/>/<paramref name="fileName"/>: upload, rename.</summary>
    /// <exception cref="DeliveryConflictException">Another file is there under the final name.</exception>
    public async Task<DeliveryOutcome> DeliverAsync(ITransferFileSystem destination, string folder, string fileName, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var path = TransferPath.Combine(folder, fileName);
        var temporaryPath = TransferPath.Combine(folder, TemporaryName(fileName));
        using (var stream = ReadOnlyStream(content))
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
            // the rename failed while the connection is fine: most likely the final name exists (a lost reply, a concurrent attempt)
            var existing = await destination.TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                throw;
            }
            DeliveryLog.RenameFoundExisting(_logger, destination.Description, temporaryPath, path);
            await TryDeleteAsync(destination, temporaryPath, cancellationToken).ConfigureAwait(false);
            await RefuseUnlessSameAsync(destination, existing, path, content, cancellationToken).ConfigureAwait(false);
            return Finish(destination, path, content, DeliveryOutcome.AlreadyDelivered);
        }
    }

    /// <summary>A read-only stream over the body: over its own array when it has one (no copy), else over a copy.</summary>
    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

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

using System.Runtime.InteropServices;
using Gateway.Transport.Files;

namespace Gateway.Host.Delivery;

/// <summary>
/// Delivers into a folder of an <see cref="ITransferFileSystem"/> (the partner's SFTP server): upload under a
/// temporary name, then rename to the final name, so the receiver never sees a partial file under its final name. A
/// final file that is already there with the same bytes counts as delivered (a retry after an unknown outcome); one
/// with other bytes is never overwritten. The connection is opened on first use and reused for the whole run.
/// <para>
/// Per file that is two requests' worth of round trips (upload: open, write, close; then rename) and no lookup
/// first: the rename never overwrites, so an existing final name makes it fail, and only then is that file compared
/// (and the temporary copy removed). The body is sent from the caller's memory without a copy.
/// </para>
/// </summary>
public sealed class TransferFolderTarget(Func<CancellationToken, Task<ITransferFileSystem>> open, string folder) : IDeliveryTarget
{
    private ITransferFileSystem? _files;

    public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var files = _files ??= await open(cancellationToken).ConfigureAwait(false);
        var final = Combine(fileName);
        var temporary = Combine("." + fileName + ".part");
        using (var stream = ReadOnly(content))
        {
            await files.UploadAsync(temporary, stream, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            await files.RenameAsync(temporary, final, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // the rename never overwrites: an earlier attempt whose reply was lost, or another writer, got there first
            if (await files.TryGetEntryAsync(final, cancellationToken).ConfigureAwait(false) is not { } existing)
            {
                throw;
            }
            await files.DeleteAsync(temporary, cancellationToken).ConfigureAwait(false);
            if (existing.Size == content.Length && await SameContentAsync(files, final, content, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            throw new DeliveryFailureException($"{fileName} already exists at the receiver with other content", transient: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await TransferFileSystems.DisposeAsync(_files).ConfigureAwait(false);
        _files = null;
    }

    private string Combine(string name) => folder.EndsWith('/') ? folder + name : folder + "/" + name;

    /// <summary>A read-only stream over the body: over its own array when it has one (no copy), else over a copy.</summary>
    private static MemoryStream ReadOnly(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static async Task<bool> SameContentAsync(ITransferFileSystem files, string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(content.Length);
        await files.DownloadAsync(path, buffer, cancellationToken).ConfigureAwait(false);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length).SequenceEqual(content.Span);
    }
}

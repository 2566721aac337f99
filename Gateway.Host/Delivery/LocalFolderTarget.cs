namespace Gateway.Host.Delivery;

/// <summary>
/// Delivers into a local folder (a hosted pull outbox, or a share): written under a temporary name and renamed, so
/// a reader never sees a partial file under its final name. Idempotent: an existing final file with the same bytes
/// counts as delivered.
/// </summary>
public sealed class LocalFolderTarget(string folder) : IDeliveryTarget
{
    public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var final = Path.Combine(folder, fileName);
        if (File.Exists(final))
        {
            var existing = await File.ReadAllBytesAsync(final, cancellationToken).ConfigureAwait(false);
            if (existing.AsSpan().SequenceEqual(content.Span))
            {
                return;
            }
            throw new DeliveryFailureException($"{fileName} already exists at the receiver with other content", transient: false);
        }
        var temporary = Path.Combine(folder, "." + fileName + ".part");
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 16384, useAsync: true))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, final, overwrite: false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

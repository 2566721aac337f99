using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Delivery;

/// <summary>
/// Publishes message files so a receiver never sees a partial file under its final name, and so a retry after an
/// unknown outcome never yields a second copy:
/// <list type="number">
/// <item>if the final name already holds a file of the same size (and, optionally, the same SHA-256) the message is
/// taken as delivered; a different file there is refused (or replaced, by policy);</item>
/// <item>otherwise the content is uploaded under a temporary name (truncating a left-over from an earlier attempt);</item>
/// <item>then renamed to the final name. If that rename fails because the final name appeared meanwhile, the same
/// check as in 1 decides; with <see cref="ExistingFilePolicy.Replace"/> it deletes, then renames.</item>
/// </list>
/// Works on any <see cref="ITransferFileSystem"/>: an SFTP connection (push) or a local folder (hosted outbox).
/// </summary>
public sealed class FileDelivery
{
    private readonly ILogger _logger;

    public FileDelivery(ILogger<FileDelivery>? logger = null) => _logger = logger ?? NullLogger<FileDelivery>.Instance;

    /// <summary>Delivers one file (one stat of the final name first).</summary>
    public async Task<DeliveryResult> DeliverAsync(ITransferFileSystem destination, DeliveryTarget target, OutgoingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(file);
        var path = TransferPath.Combine(target.Folder, target.FileNameFor(file));
        var existing = await destination.TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false);
        return await DeliverCoreAsync(destination, target, file, existing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delivers many files over one connection, listing the folder once instead of checking each name; yields each
    /// result as soon as that file is published, so a caller can record it before the next one starts.
    /// </summary>
    public async IAsyncEnumerable<DeliveryResult> DeliverAllAsync(ITransferFileSystem destination, DeliveryTarget target,
        IEnumerable<OutgoingFile> files, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(files);
        var present = (await destination.ListAsync(string.IsNullOrEmpty(target.Folder) ? "." : target.Folder, cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var existing = present.GetValueOrDefault(target.FileNameFor(file));
            yield return await DeliverCoreAsync(destination, target, file, existing, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DeliveryResult> DeliverCoreAsync(ITransferFileSystem destination, DeliveryTarget target, OutgoingFile file, FileEntry? existing, CancellationToken cancellationToken)
    {
        var name = target.FileNameFor(file);
        var path = TransferPath.Combine(target.Folder, name);
        var temporaryPath = TransferPath.Combine(target.Folder, target.TemporaryNameFor(name));
        var replacing = false;
        if (existing is not null)
        {
            if (await HoldsSameContentAsync(destination, existing, file, target.CompareContentOfExisting, cancellationToken).ConfigureAwait(false))
            {
                return Finish(destination, file, name, path, DeliveryOutcome.AlreadyDelivered);
            }
            RefuseUnlessReplacing(destination, target, path, existing, file);
            replacing = true;
        }

        using (var content = OpenContent(file))
        {
            await destination.UploadAsync(temporaryPath, content, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            if (replacing)
            {
                await DeleteIfPresentAsync(destination, path, cancellationToken).ConfigureAwait(false);
            }
            await destination.RenameAsync(temporaryPath, path, cancellationToken).ConfigureAwait(false);
            return Finish(destination, file, name, path, replacing ? DeliveryOutcome.Replaced : DeliveryOutcome.Delivered);
        }
        catch (IOException e) when (e is not SftpConnectionException)
        {
            return await ResolveFailedRenameAsync(destination, target, file, name, path, temporaryPath, e, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The rename failed while the connection is fine: most likely the final name exists now.</summary>
    private async Task<DeliveryResult> ResolveFailedRenameAsync(ITransferFileSystem destination, DeliveryTarget target, OutgoingFile file,
        string name, string path, string temporaryPath, IOException renameFailure, CancellationToken cancellationToken)
    {
        var existing = await destination.TryGetEntryAsync(path, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            throw renameFailure;
        }
        DeliveryLog.RenameFoundExisting(_logger, destination.Description, temporaryPath, path);
        if (await HoldsSameContentAsync(destination, existing, file, target.CompareContentOfExisting, cancellationToken).ConfigureAwait(false))
        {
            await TryDeleteAsync(destination, temporaryPath, cancellationToken).ConfigureAwait(false);
            return Finish(destination, file, name, path, DeliveryOutcome.AlreadyDelivered);
        }
        if (target.WhenDifferentFileExists != ExistingFilePolicy.Replace)
        {
            await TryDeleteAsync(destination, temporaryPath, cancellationToken).ConfigureAwait(false);
        }
        RefuseUnlessReplacing(destination, target, path, existing, file);
        await DeleteIfPresentAsync(destination, path, cancellationToken).ConfigureAwait(false);
        await destination.RenameAsync(temporaryPath, path, cancellationToken).ConfigureAwait(false);
        return Finish(destination, file, name, path, DeliveryOutcome.Replaced);
    }

    private static async Task DeleteIfPresentAsync(ITransferFileSystem destination, string path, CancellationToken cancellationToken)
    {
        try
        {
            await destination.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (FileSystemErrors.IsNotFound(e))
        {
            // already gone: the rename that follows can proceed
        }
    }

    private void RefuseUnlessReplacing(ITransferFileSystem destination, DeliveryTarget target, string path, FileEntry existing, OutgoingFile file)
    {
        if (target.WhenDifferentFileExists == ExistingFilePolicy.Replace)
        {
            return;
        }
        DeliveryLog.Conflict(_logger, destination.Description, path, existing.Size, file.Content.Length);
        throw new DeliveryConflictException(path, existing.Size, file.Content.Length);
    }

    private static async Task<bool> HoldsSameContentAsync(ITransferFileSystem destination, FileEntry existing, OutgoingFile file, bool compareContent, CancellationToken cancellationToken)
    {
        if (!existing.IsFile || existing.Size != file.Content.Length)
        {
            return false;
        }
        if (!compareContent)
        {
            return true;
        }
        using var copy = new MemoryStream(file.Content.Length);
        await destination.DownloadAsync(existing.Path, copy, cancellationToken).ConfigureAwait(false);
        return SHA256.HashData(copy.GetBuffer().AsSpan(0, (int)copy.Length)).AsSpan().SequenceEqual(SHA256.HashData(file.Content.Span));
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

    private DeliveryResult Finish(ITransferFileSystem destination, OutgoingFile file, string name, string path, DeliveryOutcome outcome)
    {
        DeliveryLog.Finished(_logger, destination.Description, path, outcome, file.Content.Length, file.Berrefnr);
        return new DeliveryResult(file, name, path, outcome, file.Content.Length);
    }

    private static MemoryStream OpenContent(OutgoingFile file) =>
        MemoryMarshal.TryGetArray(file.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(file.Content.ToArray(), writable: false);
}

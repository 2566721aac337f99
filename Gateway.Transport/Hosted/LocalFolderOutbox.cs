using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Hosted;

/// <summary>
/// The gateway's side of a hosted (pull) account: writes message files into the account's outbox atomically (hidden
/// temporary name, fsync, then a rename that never overwrites — same rules as <see cref="FileDelivery"/>), and tells
/// which of the files written earlier the partner has collected, i.e. removed from the outbox.
/// </summary>
public sealed class LocalFolderOutbox
{
    private readonly LocalFolderFileSystem _folder;
    private readonly DeliveryTarget _target;
    private readonly FileDelivery _delivery;

    /// <param name="outboxDirectory">The outbox on the local disk (e.g. /srv/gateway-sftp/gw-acme/outbox).</param>
    /// <param name="target">Naming rules; its <see cref="DeliveryTarget.Folder"/> is relative to the outbox (normally "").</param>
    /// <param name="fileMode">Permissions of written files; default 0660 so the account's group (the partner) can read them.</param>
    public LocalFolderOutbox(string outboxDirectory, DeliveryTarget? target = null, UnixFileMode? fileMode = null, ILoggerFactory? loggerFactory = null)
    {
        _folder = new LocalFolderFileSystem(outboxDirectory, fileMode);
        _target = target ?? new DeliveryTarget { Folder = "" };
        _delivery = new FileDelivery((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<FileDelivery>());
    }

    /// <summary>The outbox folder.</summary>
    public string Directory => _folder.Root;

    /// <summary>Writes one message file; a retry while the file is still there reports <see cref="DeliveryOutcome.AlreadyDelivered"/>.</summary>
    public Task<DeliveryResult> WriteAsync(OutgoingFile file, CancellationToken cancellationToken = default) =>
        _delivery.DeliverAsync(_folder, _target, file, cancellationToken);

    /// <summary>
    /// Of the file names written earlier (as returned in <see cref="DeliveryResult.FileName"/>), those no longer in
    /// the outbox: the partner collected them. The caller records them as delivered and stops asking.
    /// </summary>
    public IReadOnlyList<string> FindCollected(IEnumerable<string> writtenFileNames)
    {
        ArgumentNullException.ThrowIfNull(writtenFileNames);
        return writtenFileNames
            .Where(name => TransferPath.IsPlainFileName(name) && !File.Exists(Path.Combine(_folder.Root, _target.Folder, name)))
            .ToList();
    }
}

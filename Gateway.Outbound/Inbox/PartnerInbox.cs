using Gateway.Core.Accounts;
using Gateway.Outbound.Deliver;
using Gateway.Transport.Files;
using Gateway.Transport.Hosted;
using Gateway.Transport.Intake;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Inbox;

/// <summary>
/// Polls a folder of a partner account (its Retourmeldingen, the messages it sends): each file is taken once
/// (size-stable, downloaded into local staging under <c>&lt;purpose&gt;/&lt;account&gt;</c>, recorded in the intake
/// journal), handed to the caller, and only then archived or deleted at the partner. A file a crash left staged is
/// handed over again on the next run, so handlers are idempotent.
/// </summary>
public sealed class PartnerInbox(string stateDirectory, ILoggerFactory loggers, TimeProvider clock)
{
    /// <summary>One poll of <paramref name="options"/>' folder; returns how many files were handed over.</summary>
    /// <param name="purpose">What the folder holds (<c>retour</c>, <c>incoming</c>): names the local state.</param>
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, PolledFolderOptions options, string purpose,
        Func<CancellationToken, Task<ITransferFileSystem>> open, IntakeHandler handler, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return 0;
        }
        var (folder, archive) = Location(account, options);
        var root = StateFolder(account, purpose);
        using var journal = new FileIntakeJournal(Path.Combine(root, "journal.jsonl"));
        var files = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new FileIntake(journal, Path.Combine(root, "staging"), loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = $"{account.Name}-{purpose}",
                Folder = folder,
                FileFilter = GlobPattern.Parse(options.FileFilter),
                AfterAction = archive is null ? IntakeAfterAction.Delete : IntakeAfterAction.Archive,
                ArchiveFolder = archive,
                StabilityInterval = options.StabilityInterval,
            }, handler, cancellationToken).ConfigureAwait(false);
            return result.Taken.Count + result.Recovered.Count;
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
        }
    }

    /// <summary>Where the local state of one purpose of an account lives (journal, staging, kept files).</summary>
    public string StateFolder(PartnerAccountOptions account, string purpose) => Path.Combine(stateDirectory, purpose, account.Name);

    /// <summary>
    /// The file system the polled folder <paramref name="polled"/> of an account is on, by its delivery kind: the
    /// partner's server, the account's hosted chroot, or — for a folder account — that folder itself (so it is polled
    /// as the root, through whatever links lead to it).
    /// </summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, PolledFolderOptions polled, SftpPushTargets? sftp, HostedSftpOptions? hosted) =>
        account.Delivery.Kind switch
        {
            DeliveryKind.SftpPush when sftp is not null => sftp.Connect(account),
            DeliveryKind.Hosted => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(Path.Combine(
                (hosted ?? new()).ChrootRoot, account.Delivery.Hosted.SystemUser))),
            _ => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(polled.Folder ?? "/")),
        };

    /// <summary>
    /// The folder to poll and the archive folder within the file system <see cref="FolderOf"/> opens. A folder account's
    /// file system is rooted at the polled folder, so it polls the root, and its archive folder (relative, or absolute
    /// below the polled folder) is taken relative to it.
    /// </summary>
    public static (string Folder, string? Archive) Location(PartnerAccountOptions account, PolledFolderOptions options)
    {
        if (account.Delivery.Kind is DeliveryKind.SftpPush or DeliveryKind.Hosted || options.Folder is null)
        {
            return (options.Folder ?? "", options.ArchiveFolder);
        }
        if (options.ArchiveFolder is not { Length: > 0 } archive)
        {
            return ("/", null);
        }
        var relative = Path.IsPathRooted(archive) ? Path.GetRelativePath(Path.GetFullPath(options.Folder), Path.GetFullPath(archive)) : archive;
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new InvalidOperationException(
                $"account {account.Name}: the archive folder {archive} must be a folder below {options.Folder} for a folder account");
        }
        return ("/", relative.Replace(Path.DirectorySeparatorChar, '/'));
    }
}

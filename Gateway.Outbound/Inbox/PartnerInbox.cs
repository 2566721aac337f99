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
        var root = StateFolder(account, purpose);
        using var journal = new FileIntakeJournal(Path.Combine(root, "journal.jsonl"));
        var files = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new FileIntake(journal, Path.Combine(root, "staging"), loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = $"{account.Name}-{purpose}",
                Folder = options.Folder,
                FileFilter = GlobPattern.Parse(options.FileFilter),
                AfterAction = options.ArchiveFolder is null ? IntakeAfterAction.Delete : IntakeAfterAction.Archive,
                ArchiveFolder = options.ArchiveFolder,
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

    /// <summary>The file system an account's partner folders are on, by its delivery kind.</summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, SftpPushTargets? sftp, HostedSftpOptions? hosted) =>
        account.Delivery.Kind switch
        {
            DeliveryKind.SftpPush when sftp is not null => sftp.Connect(account),
            DeliveryKind.Hosted => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(Path.Combine(
                (hosted ?? new()).ChrootRoot, account.Delivery.Hosted.SystemUser))),
            _ => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem("/")),
        };
}

using Gateway.Core.Accounts;
using Gateway.Core.Outages;
using Gateway.Outbound.Deliver;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Retour;

/// <summary>
/// Polls an account's Retourmelding folder: each file is taken once (size-stable, downloaded into local staging under
/// the gateway's own name, recorded in the intake journal), correlated, and only then archived or deleted at the
/// partner (answers for unknown references, or invalid files, are kept under <c>retour/&lt;account&gt;/orphans</c>).
/// A file a crash left staged is correlated on the next run; correlation is idempotent.
/// <para>The partner's server is the one delivery uses, so it shares the account's outage (<see cref="PartnerOutages"/>):
/// while the account is paused nothing is polled; a run that cannot reach the server counts as a failed probe instead
/// of an error, and one that gets through ends the outage.</para>
/// </summary>
public sealed class RetourIntake(RetourmeldingCorrelator correlator, string stateDirectory, PartnerOutages outages, ILoggerFactory loggers, TimeProvider clock)
{
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(account.Retourmeldingen.Folder))
        {
            return 0;
        }
        var outage = await outages.FindAsync(account.Name, cancellationToken).ConfigureAwait(false);
        if (outages.IsPaused(outage))
        {
            return 0;
        }
        int taken;
        try
        {
            taken = await TakeAsync(account, open, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (PartnerUnreachable.Is(e))
        {
            await outages.RecordFailureAsync(account.Name, "Retourmeldingen", e.Message, cancellationToken).ConfigureAwait(false);
            return 0;
        }
        if (outage is not null)
        {
            await outages.RecordReachableAsync(account.Name, cancellationToken).ConfigureAwait(false);
        }
        return taken;
    }

    private async Task<int> TakeAsync(PartnerAccountOptions account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken)
    {
        var options = account.Retourmeldingen;
        var staging = Path.Combine(stateDirectory, "retour", account.Name, "staging");
        using var journal = new FileIntakeJournal(Path.Combine(stateDirectory, "retour", account.Name, "journal.jsonl"));
        var (folder, archive) = Location(account);
        var files = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new FileIntake(journal, staging, loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = SourceName(account),
                Folder = folder,
                FileFilter = GlobPattern.Parse(options.FileFilter),
                AfterAction = archive is null ? IntakeAfterAction.Delete : IntakeAfterAction.Archive,
                ArchiveFolder = archive,
                StabilityInterval = options.StabilityInterval,
            }, (file, content, token) => CorrelateAsync(account, file, content, token), cancellationToken).ConfigureAwait(false);
            return result.Taken.Count + result.Recovered.Count;
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
        }
    }

    private async Task CorrelateAsync(PartnerAccountOptions account, TakenFile file, Stream content, CancellationToken cancellationToken)
    {
        var outcome = await correlator.ApplyAsync(account.Name, file.Name, content, cancellationToken).ConfigureAwait(false);
        if (outcome is RetourmeldingOutcome.Unknown or RetourmeldingOutcome.Unreadable)
        {
            // an answer nobody can place is kept, not dropped: uitval points at it (the name is a plain file name)
            var orphans = Directory.CreateDirectory(Path.Combine(stateDirectory, "retour", account.Name, "orphans")).FullName;
            File.Copy(file.StagedPath, Path.Combine(orphans, file.Name), overwrite: true);
        }
    }

    private static string SourceName(PartnerAccountOptions account) => account.Name + "-retour";

    /// <summary>
    /// The file system Retourmeldingen of <paramref name="account"/> are read from, by its delivery kind: the partner's
    /// server, the account's hosted chroot, or — for a folder account — the configured Retourmelding folder itself.
    /// </summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, SftpPushTargets? sftp, Gateway.Transport.Hosted.HostedSftpOptions? hosted) =>
        account.Delivery.Kind switch
        {
            DeliveryKind.SftpPush when sftp is not null => sftp.Connect(account),
            DeliveryKind.Hosted => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(Path.Combine(
                (hosted ?? new()).ChrootRoot, account.Delivery.Hosted.SystemUser))),
            _ => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(account.Retourmeldingen.Folder!)),
        };

    /// <summary>
    /// The folder to poll and the archive folder within the file system <see cref="FolderOf"/> opens. A folder account's
    /// file system is rooted at its Retourmelding folder, so it polls the root, and its archive folder (relative, or
    /// absolute below the Retourmelding folder) is taken relative to it.
    /// </summary>
    public static (string Folder, string? Archive) Location(PartnerAccountOptions account)
    {
        var options = account.Retourmeldingen;
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
                $"account {account.Name}: Retourmeldingen:ArchiveFolder must be a folder below Retourmeldingen:Folder for a folder account");
        }
        return ("/", relative.Replace(Path.DirectorySeparatorChar, '/'));
    }
}

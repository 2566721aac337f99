using Gateway.Core.Accounts;
using Gateway.Core.Telemetry;
using Gateway.Outbound.Deliver;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Retour;

/// <summary>
/// Polls an account's Retourmelding folder: each file is taken once (size-stable, downloaded into local staging under
/// the gateway's own name, recorded in the intake journal), correlated, and only then archived or deleted at the
/// partner (answers for unknown references, or invalid files, are kept under <c>retour/&lt;account&gt;/orphans</c>).
/// A file a crash left staged is correlated on the next run; correlation is idempotent.
/// </summary>
public sealed class RetourIntake(RetourmeldingCorrelator correlator, string stateDirectory, ILoggerFactory loggers, TimeProvider clock)
{
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken)
    {
        var options = account.Retourmeldingen;
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return 0;
        }
        var staging = Path.Combine(stateDirectory, "retour", account.Name, "staging");
        using var journal = new FileIntakeJournal(Path.Combine(stateDirectory, "retour", account.Name, "journal.jsonl"));
        var files = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new FileIntake(journal, staging, loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = SourceName(account),
                Folder = options.Folder,
                FileFilter = GlobPattern.Parse(options.FileFilter),
                AfterAction = options.ArchiveFolder is null ? IntakeAfterAction.Delete : IntakeAfterAction.Archive,
                ArchiveFolder = options.ArchiveFolder,
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
        using var span = GatewayTelemetry.Start("gateway.retourmelding", ("gateway.account", account.Name));
        var outcome = await correlator.ApplyAsync(account.Name, file.Name, content, cancellationToken).ConfigureAwait(false);
        span?.SetTag("gateway.retourmelding.outcome", outcome.ToString());
        if (outcome is RetourmeldingOutcome.Unknown or RetourmeldingOutcome.Unreadable)
        {
            // an answer nobody can place is kept, not dropped: uitval points at it (the name is a plain file name)
            var orphans = Directory.CreateDirectory(Path.Combine(stateDirectory, "retour", account.Name, "orphans")).FullName;
            File.Copy(file.StagedPath, Path.Combine(orphans, file.Name), overwrite: true);
        }
    }

    private static string SourceName(PartnerAccountOptions account) => account.Name + "-retour";

    /// <summary>The folder Retourmeldingen of <paramref name="account"/> are read from, by its delivery kind.</summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, SftpPushTargets? sftp, Gateway.Transport.Hosted.HostedSftpOptions? hosted) =>
        account.Delivery.Kind switch
        {
            DeliveryKind.SftpPush when sftp is not null => sftp.Connect(account),
            DeliveryKind.Hosted => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(Path.Combine(
                (hosted ?? new()).ChrootRoot, account.Delivery.Hosted.SystemUser))),
            _ => _ => Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem("/")),
        };

}

using Gateway.Core.Accounts;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Retour;

/// <summary>
/// Polls an account's Retourmelding folder (<see cref="PartnerInbox"/>): each file is correlated, and only then
/// archived or deleted at the partner (answers for unknown references, or invalid files, are kept under
/// <c>retour/&lt;account&gt;/orphans</c>). A file a crash left staged is correlated on the next run; correlation is
/// idempotent.
/// </summary>
public sealed class RetourIntake(RetourmeldingCorrelator correlator, string stateDirectory, ILoggerFactory loggers, TimeProvider clock)
{
    private const string Purpose = "retour";

    private readonly PartnerInbox _inbox = new(stateDirectory, loggers, clock);

    public Task<int> RunOnceAsync(PartnerAccountOptions account, Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken) =>
        _inbox.RunOnceAsync(account, account.Retourmeldingen, Purpose, open, (file, content, token) => CorrelateAsync(account, file, content, token), cancellationToken);

    private async Task CorrelateAsync(PartnerAccountOptions account, TakenFile file, Stream content, CancellationToken cancellationToken)
    {
        var outcome = await correlator.ApplyAsync(account.Name, file.Name, content, cancellationToken).ConfigureAwait(false);
        if (outcome is RetourmeldingOutcome.Unknown or RetourmeldingOutcome.Unreadable)
        {
            // an answer nobody can place is kept, not dropped: uitval points at it (the name is a plain file name)
            var orphans = Directory.CreateDirectory(Path.Combine(_inbox.StateFolder(account, Purpose), "orphans")).FullName;
            File.Copy(file.StagedPath, Path.Combine(orphans, file.Name), overwrite: true);
        }
    }

    /// <summary>The folder Retourmeldingen of <paramref name="account"/> are read from, by its delivery kind.</summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, SftpPushTargets? sftp, Gateway.Transport.Hosted.HostedSftpOptions? hosted) =>
        PartnerInbox.FolderOf(account, sftp, hosted);
}

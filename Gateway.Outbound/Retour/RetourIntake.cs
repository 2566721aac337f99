using Gateway.Core.Accounts;
using Gateway.Core.Outages;
using Gateway.Core.Telemetry;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp.Errors;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Retour;

/// <summary>
/// Polls an account's Retourmelding folder (<see cref="PartnerInbox"/>): each file is correlated, and only then
/// archived or deleted at the partner (answers for unknown references, or invalid files, are kept under
/// <c>retour/&lt;account&gt;/orphans</c>). A file a crash left staged is correlated on the next run; correlation is
/// idempotent.
/// <para>The partner's server is the one delivery uses, so it shares the account's outage (<see cref="PartnerOutages"/>):
/// while the account is paused nothing is polled; a run that cannot reach the server counts as a failed probe instead
/// of an error, and one that gets through ends the outage.</para>
/// </summary>
public sealed class RetourIntake(RetourmeldingCorrelator correlator, string stateDirectory, PartnerOutages outages, ILoggerFactory loggers, TimeProvider clock)
{
    private const string Purpose = "retour";

    private readonly PartnerInbox _inbox = new(stateDirectory, loggers, clock);

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
            taken = await _inbox.RunOnceAsync(account, account.Retourmeldingen, Purpose, open,
                (file, content, token) => CorrelateAsync(account, file, content, token), cancellationToken).ConfigureAwait(false);
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

    private async Task CorrelateAsync(PartnerAccountOptions account, TakenFile file, Stream content, CancellationToken cancellationToken)
    {
        using var span = GatewayTelemetry.Start("gateway.retourmelding", ("gateway.account", account.Name));
        var outcome = await correlator.ApplyAsync(account.Name, file.Name, content, cancellationToken).ConfigureAwait(false);
        span?.SetTag("gateway.retourmelding.outcome", outcome.ToString());
        if (outcome is RetourmeldingOutcome.Unknown or RetourmeldingOutcome.Unreadable)
        {
            // an answer nobody can place is kept, not dropped: uitval points at it (the name is a plain file name)
            var orphans = Directory.CreateDirectory(Path.Combine(_inbox.StateFolder(account, Purpose), "orphans")).FullName;
            File.Copy(file.StagedPath, Path.Combine(orphans, file.Name), overwrite: true);
        }
    }

    /// <summary>The file system Retourmeldingen of <paramref name="account"/> are read from (<see cref="PartnerInbox.FolderOf"/>).</summary>
    public static Func<CancellationToken, Task<ITransferFileSystem>> FolderOf(PartnerAccountOptions account, SftpPushTargets? sftp, Gateway.Transport.Hosted.HostedSftpOptions? hosted) =>
        PartnerInbox.FolderOf(account, account.Retourmeldingen, sftp, hosted);
}

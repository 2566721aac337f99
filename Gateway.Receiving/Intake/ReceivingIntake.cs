using Gateway.Core.Persistence;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Intake;

/// <summary>
/// One round of the receiving role for an account: every import configuration's folder is polled (each file taken once:
/// size-stable, staged atomically, journaled, then removed at the source), each staged file is processed (interpreted,
/// validated, authorised, applied — or held while the account is blocked), and every due Retourmelding goes back into
/// the account's Retourmelding folder under a temporary name first. An unblocked account also applies what was held
/// and refuses what waited too long for a gap in its case.
/// One node at a time works an account (database lease <c>receive:&lt;account&gt;</c>).
/// </summary>
public sealed class ReceivingIntake(ReceivedFileProcessor processor, GatewayDatabase gateway, string stateDirectory, ILoggerFactory loggers, TimeProvider clock)
{
    /// <summary>One node works an account; a long run keeps its lease renewed in the background.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    private readonly ReceivingDatabase _register = ReceivingDatabase.On(gateway);

    public async Task<IReadOnlyList<ReceivedFileOutcome>> RunOnceAsync(ReceivingAccount account, Func<CancellationToken, Task<ITransferFileSystem>> open,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<ReceivedFileOutcome>();
        await using var lease = await new Core.Coordination.LeaseStore(gateway, clock).TryHoldAsync("receive:" + account.Name, LeaseDuration, cancellationToken)
            .ConfigureAwait(false);
        if (lease is null)
        {
            return outcomes;
        }
        using var renewal = lease.RenewInBackground();
        var blocked = await IsBlockedAsync(account, cancellationToken).ConfigureAwait(false);
        ITransferFileSystem? files = null;
        try
        {
            files = await open(cancellationToken).ConfigureAwait(false);
            if (!blocked)
            {
                outcomes.AddRange((await processor.ApplyHeldAsync(account, cancellationToken).ConfigureAwait(false)).SelectMany(o => o.Flatten()));
                outcomes.AddRange(await processor.ExpireWaitingAsync(account, cancellationToken).ConfigureAwait(false));
            }
            foreach (var configuration in account.Imports.Configurations)
            {
                foreach (var pattern in configuration.FileFilter.Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // a run drains the folder: batch after batch until one comes back short
                    int taken;
                    do
                    {
                        (var batch, taken) = await TakeAsync(account, files, configuration.Folder, pattern, blocked, cancellationToken).ConfigureAwait(false);
                        outcomes.AddRange(batch);
                    }
                    while (taken >= FilesPerBatch);
                }
            }
            await SendRetourmeldingenAsync(account, files, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
        }
        return outcomes;
    }

    /// <summary>A receiving account starts blocked (seed 003's start-up procedure) until an admin restarts it.</summary>
    private async Task<bool> IsBlockedAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        await using var context = gateway.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account.Name, cancellationToken).ConfigureAwait(false);
        return state?.Blocked ?? account.Options.ProcessingBlocked;
    }

    /// <summary>Files taken from the partner's folder per batch (each batch waits once for sizes to be stable).</summary>
    public const int FilesPerBatch = 2000;

    private async Task<(List<ReceivedFileOutcome> Outcomes, int Taken)> TakeAsync(ReceivingAccount account, ITransferFileSystem files, string folder, string pattern, bool blocked,
        CancellationToken cancellationToken)
    {
        var source = $"{account.Name}-{Sanitize(folder)}-{Sanitize(pattern)}";
        var root = Path.Combine(stateDirectory, "receiving", account.Name);
        Directory.CreateDirectory(root);
        IntakeRunResult intake;
        using (var journal = new FileIntakeJournal(Path.Combine(root, source + ".journal")))
        {
            intake = await new FileIntake(journal, root, loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = source,
                Folder = folder.Length == 0 ? "/" : folder,
                FileFilter = GlobPattern.Parse(pattern),
                MaxFilesPerRun = FilesPerBatch,
            }, cancellationToken).ConfigureAwait(false);
        }
        var outcomes = new List<ReceivedFileOutcome>();
        var staged = Path.Combine(root, source);
        foreach (var file in Directory.Exists(staged) ? Directory.GetFiles(staged).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray() : [])
        {
            ReceivedFileOutcome outcome;
            await using (var stream = File.OpenRead(file))
            {
                outcome = await processor.ProcessAsync(account, $"{folder.TrimEnd('/')}/{Path.GetFileName(file)}", stream, blocked, cancellationToken).ConfigureAwait(false);
            }
            File.Delete(file);
            outcomes.AddRange(outcome.Flatten());
        }
        return (outcomes, intake.Taken.Count);
    }

    /// <summary>Every pending Retourmelding of the account (this run's and any a crash left) goes into its Retourmelding folder, temporary name first.</summary>
    private async Task SendRetourmeldingenAsync(ReceivingAccount account, ITransferFileSystem files, CancellationToken cancellationToken)
    {
        var folder = account.Options.Transport.RetourmeldingFolder;
        await files.CreateDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
        await using var target = new TransferFolderTarget(_ => Task.FromResult(files), folder);
        await RetourmeldingOutbox.DeliverAsync(_register, account.Name, (name, content, token) => target.DeliverAsync(name, content, token), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Sanitize(string text) => new([.. text.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}

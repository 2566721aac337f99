using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Receiving.Sending;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Intake;

/// <summary>
/// One round of the receiving role for an account: every import configuration's folder is polled (each file taken once:
/// size-stable, staged under the gateway's own name, journaled), each taken file is processed (interpreted, validated,
/// authorised, applied — or held while the account is blocked) and removed at the partner only once the register
/// committed its outcome; every due Retourmelding goes back into the account's Retourmelding folder under a temporary
/// name first. An unblocked account also applies what was held and refuses what waited too long for a gap in its case.
/// <para>
/// Steps fail alone: a missing or unreadable import folder, or a failing Retourmelding folder, is reported
/// (<see cref="IntakeProblemRecorder"/>: uitval, a status row per step) and the account's other folders and its
/// Retourmeldingen go on. Files the intake refuses before download — names that are not plain file names, links and
/// special files, files over <see cref="ReceivingOptions.MaxFileBytes"/> — are reported the same way and left at the
/// partner; dot files are skipped and left alone.
/// </para>
/// A Retourmelding1 the partner put in an import folder answers a message the account sent it (Documenten, Afspraken):
/// with <paramref name="answers"/> it is recorded there (<see cref="SentMessageCorrelator"/>) instead of processed.
/// One node at a time works an account (database lease <c>receive:&lt;account&gt;</c>).
/// </summary>
public sealed class ReceivingIntake(ReceivedFileProcessor processor, GatewayDatabase gateway, string stateDirectory, ILoggerFactory loggers, TimeProvider clock,
    SentMessageCorrelator? answers = null)
{
    private readonly ReceivingDatabase _register = ReceivingDatabase.On(gateway);
    private readonly IntakeProblemRecorder _problems = new(gateway, clock);
    private readonly ILogger _logger = loggers.CreateLogger<ReceivingIntake>();

    /// <summary>One run; the outcomes of the files it processed (see <see cref="RunAsync"/> for what it could not take in).</summary>
    public async Task<IReadOnlyList<ReceivedFileOutcome>> RunOnceAsync(ReceivingAccount account, Func<CancellationToken, Task<ITransferFileSystem>> open,
        CancellationToken cancellationToken) =>
        (await RunAsync(account, open, cancellationToken).ConfigureAwait(false)).Outcomes;

    /// <summary>One run: the outcomes of the files it processed and the problems it recorded.</summary>
    public async Task<ReceivingRun> RunAsync(ReceivingAccount account, Func<CancellationToken, Task<ITransferFileSystem>> open,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<ReceivedFileOutcome>();
        await using var lease = await new Core.Coordination.LeaseStore(gateway, clock).TryHoldAsync("receive:" + account.Name, Core.Coordination.LeaseStore.DefaultDuration, cancellationToken)
            .ConfigureAwait(false);
        if (lease is null)
        {
            return new ReceivingRun(outcomes, []);
        }
        var blocked = await IsBlockedAsync(account, cancellationToken).ConfigureAwait(false);
        var steps = new List<(string Step, string Folder, string Filter, string? Error)>();
        var problems = new List<IntakeProblem>();
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
                    var error = await StepAsync(account, IntakeStepStatus.ImportStep, configuration.Folder, problems,
                        () => DrainAsync(account, files, configuration.Folder, pattern, blocked, outcomes, problems, cancellationToken)).ConfigureAwait(false);
                    steps.Add((IntakeStepStatus.ImportStep, configuration.Folder, pattern, error));
                }
            }
            var retourFolder = account.Options.Transport.RetourmeldingFolder;
            var retourError = await StepAsync(account, IntakeStepStatus.RetourStep, retourFolder, problems,
                () => SendRetourmeldingenAsync(account, files, cancellationToken)).ConfigureAwait(false);
            steps.Add((IntakeStepStatus.RetourStep, retourFolder, "", retourError));
        }
        finally
        {
            await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
        }
        var recorded = await _problems.RecordAsync(account.Name, steps, problems, cancellationToken).ConfigureAwait(false);
        await Reports.ProcessingReportLog.RecordAsync(_register, account.Name, outcomes, recorded, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return new ReceivingRun(outcomes, recorded);
    }

    /// <summary>A receiving account starts blocked (seed 003's start-up procedure) until an admin restarts it.</summary>
    private async Task<bool> IsBlockedAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        await using var context = gateway.CreateContext();
        var state = await context.AccountStates.AsNoTracking().SingleOrDefaultAsync(a => a.Account == account.Name, cancellationToken).ConfigureAwait(false);
        return state?.Blocked ?? account.Options.ProcessingBlocked;
    }

    /// <summary>Runs one step; a failure is logged and becomes a problem of the account (returned as the step's error) instead of ending the run.</summary>
    private async Task<string?> StepAsync(ReceivingAccount account, string step, string folder, List<IntakeProblem> problems, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = PersonalDataScrubber.Scrub(e.Message) ?? e.GetType().Name;
            ReceivingIntakeLog.StepFailed(_logger, account.Name, step, folder, e.GetType().Name, reason);
            problems.Add(new IntakeProblem(account.Name, folder, null, reason));
            return reason;
        }
    }

    /// <summary>Files taken from the partner's folder per batch (each batch waits once for sizes to be stable).</summary>
    public const int FilesPerBatch = 2000;

    /// <summary>A run drains the folder: batch after batch until one comes back short.</summary>
    private async Task DrainAsync(ReceivingAccount account, ITransferFileSystem files, string folder, string pattern, bool blocked,
        List<ReceivedFileOutcome> outcomes, List<IntakeProblem> problems, CancellationToken cancellationToken)
    {
        int taken;
        do
        {
            taken = await TakeAsync(account, files, folder, pattern, blocked, outcomes, problems, cancellationToken).ConfigureAwait(false);
        }
        while (taken >= FilesPerBatch);
    }

    private async Task<int> TakeAsync(ReceivingAccount account, ITransferFileSystem files, string folder, string pattern, bool blocked,
        List<ReceivedFileOutcome> outcomes, List<IntakeProblem> problems, CancellationToken cancellationToken)
    {
        var source = $"{account.Name}-{Sanitize(folder)}-{Sanitize(pattern)}";
        var root = Path.Combine(stateDirectory, "receiving", account.Name);
        IntakeRunResult intake;
        using (var journal = new FileIntakeJournal(Path.Combine(root, source + ".journal")))
        {
            intake = await new FileIntake(journal, root, loggers.CreateLogger<FileIntake>(), clock).RunAsync(files, new IntakeSource
            {
                Name = source,
                Folder = folder.Length == 0 ? "/" : folder,
                FileFilter = GlobPattern.Parse(pattern),
                MaxFilesPerRun = FilesPerBatch,
                MaxFileBytes = processor.MaxFileBytes,
            }, async (file, content, token) =>
            {
                // removed at the partner only after this returned: the register committed the outcome (and its Retourmelding)
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, token).ConfigureAwait(false);
                var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
                if (answers is not null && ReceivedHeaderReader.Read(bytes).RootElement == Sivi.Messages.Header.RetourmeldingFactory.MessageName)
                {
                    await answers.ApplyAsync(account.Name, file.Name, bytes, token).ConfigureAwait(false);
                    return;
                }
                buffer.Position = 0;
                var outcome = await processor.ProcessAsync(account, $"{folder.TrimEnd('/')}/{file.Name}", buffer, blocked, token).ConfigureAwait(false);
                outcomes.AddRange(outcome.Flatten());
            }, cancellationToken).ConfigureAwait(false);
        }
        foreach (var refused in intake.Refused)
        {
            Report(new IntakeProblem(account.Name, folder, PersonalDataScrubber.Scrub(refused.ShownName), refused.Reason), problems);
        }
        foreach (var (name, reason) in intake.HandlingFailures)
        {
            Report(new IntakeProblem(account.Name, folder, PersonalDataScrubber.Scrub(RemoteName.Render(name)),
                $"could not be processed ({PersonalDataScrubber.Scrub(reason)}); it stays at the partner and is tried again next run"), problems);
        }
        return intake.Taken.Count;
    }

    private void Report(IntakeProblem problem, List<IntakeProblem> problems)
    {
        ReceivingIntakeLog.Problem(_logger, problem.Account, problem.ToString());
        problems.Add(problem);
    }

    /// <summary>Every pending Retourmelding of the account (this run's and any a crash left) goes into its Retourmelding folder, temporary name first.</summary>
    private async Task SendRetourmeldingenAsync(ReceivingAccount account, ITransferFileSystem files, CancellationToken cancellationToken)
    {
        var folder = account.Options.Transport.RetourmeldingFolder;
        await files.CreateDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
        await using var target = new TransferFolderTarget(_ => Task.FromResult(files), folder);
        await RetourmeldingOutbox.DeliverAsync(_register, account.Name, (name, content, token) => target.DeliverAsync(name, content, token), clock, cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Sanitize(string text) => new([.. text.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}

using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Sending;
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
        ThreadPoolFloor.Ensure();
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
        var timings = new List<IntakeStepTimings>();
        var retourFolder = account.Options.Transport.RetourmeldingFolder;
        var plan = account.Options.Kind == ReceivingAccountKind.HostedSftp ? ReceivingSessionPlan.Local : ReceivingSessionPlan.For(account.Options.Transport.Sessions);
        ITransferFileSystem? files = null;
        var retour = new RetourmeldingPump(_register, account.Name, retourFolder, open, plan.Retourmeldingen, clock, _logger);
        await using (retour.ConfigureAwait(false))
        {
            try
            {
                files = await open(cancellationToken).ConfigureAwait(false);
                if (!blocked)
                {
                    outcomes.AddRange((await processor.ApplyHeldAsync(account, cancellationToken).ConfigureAwait(false)).SelectMany(o => o.Flatten()));
                    outcomes.AddRange(await processor.ExpireWaitingAsync(account, cancellationToken).ConfigureAwait(false));
                }
                retour.Start(cancellationToken);
                foreach (var configuration in account.Imports.Configurations)
                {
                    foreach (var pattern in configuration.FileFilter.Text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var error = await StepAsync(account, IntakeStepStatus.ImportStep, configuration.Folder, problems,
                            () => TakeAsync(account, files, open, plan, configuration.Folder, pattern, blocked, outcomes, problems, retour, timings, cancellationToken))
                            .ConfigureAwait(false);
                        steps.Add((IntakeStepStatus.ImportStep, configuration.Folder, pattern, error));
                    }
                }
                var retourError = await StepAsync(account, IntakeStepStatus.RetourStep, retourFolder, problems,
                    () => retour.CompleteAsync(files, cancellationToken)).ConfigureAwait(false);
                steps.Add((IntakeStepStatus.RetourStep, retourFolder, "", retourError));
            }
            finally
            {
                await TransferFileSystems.DisposeAsync(files).ConfigureAwait(false);
            }
        }
        var recorded = await _problems.RecordAsync(account.Name, steps, problems, cancellationToken).ConfigureAwait(false);
        await Reports.ProcessingReportLog.RecordAsync(_register, account.Name, outcomes, recorded, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        return new ReceivingRun(outcomes, recorded)
        {
            Timings = timings,
            RetourmeldingenDelivered = retour.Delivered,
            RetourmeldingDeliveryTime = retour.DeliveryTime,
        };
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

    /// <summary>Files taken per round of listings (each file must keep its size between two listings of a round).</summary>
    public const int FilesPerBatch = 2000;

    /// <summary>Files registered together in one transaction (and recorded in the intake journal together).</summary>
    public const int FilesPerGroup = 100;

    /// <summary>
    /// Drains one folder and pattern: the intake takes the files in groups; each group is registered in one transaction
    /// (<see cref="ReceivedFileProcessor.ProcessGroupAsync"/>, every file with its own outcome) and its files are removed
    /// at the partner only after that committed; the Retourmeldingen it made due are signalled to <paramref name="retour"/>.
    /// </summary>
    private async Task TakeAsync(ReceivingAccount account, ITransferFileSystem files, Func<CancellationToken, Task<ITransferFileSystem>> open, ReceivingSessionPlan plan,
        string folder, string pattern, bool blocked, List<ReceivedFileOutcome> outcomes, List<IntakeProblem> problems, RetourmeldingPump retour,
        List<IntakeStepTimings> timings, CancellationToken cancellationToken)
    {
        var source = $"{account.Name}-{Sanitize(folder)}-{Sanitize(pattern)}";
        var root = Path.Combine(stateDirectory, "receiving", account.Name);
        IntakeRunResult intake;
        using (var journal = new FileIntakeJournal(Path.Combine(root, source + ".journal")))
        {
            intake = await new FileIntake(journal, root, loggers.CreateLogger<FileIntake>(), clock).RunGroupedAsync(files, new IntakeSource
            {
                Name = source,
                Folder = folder.Length == 0 ? "/" : folder,
                FileFilter = GlobPattern.Parse(pattern),
                MaxFilesPerRun = FilesPerBatch,
                MaxFileBytes = processor.MaxFileBytes,
            }, new GroupedIntakeOptions
            {
                GroupSize = FilesPerGroup,
                OpenSession = open,
                DownloadSessions = plan.Downloads,
                RemovalSessions = plan.Removals,
            }, async (group, token) =>
            {
                await HandleGroupAsync(account, folder, blocked, group, outcomes, token).ConfigureAwait(false);
                retour.Signal();
            }, cancellationToken).ConfigureAwait(false);
        }
        timings.Add(new IntakeStepTimings(folder, pattern, intake.Timings));
        foreach (var refused in intake.Refused)
        {
            Report(new IntakeProblem(account.Name, folder, PersonalDataScrubber.Scrub(refused.ShownName), refused.Reason), problems);
        }
        foreach (var (name, reason) in intake.HandlingFailures)
        {
            Report(new IntakeProblem(account.Name, folder, PersonalDataScrubber.Scrub(RemoteName.Render(name)),
                $"could not be processed ({PersonalDataScrubber.Scrub(reason)}); it stays at the partner and is tried again next run"), problems);
        }
    }

    /// <summary>
    /// One group: Retourmeldingen the partner sent (answers to what the account sent it) are recorded one by one; the
    /// other files are registered together, each with its own outcome. A file that could not be registered is marked
    /// failed: it stays at the partner.
    /// </summary>
    private async Task HandleGroupAsync(ReceivingAccount account, string folder, bool blocked, IReadOnlyList<IntakeGroupItem> group,
        List<ReceivedFileOutcome> outcomes, CancellationToken cancellationToken)
    {
        var files = new List<(IntakeGroupItem Item, ReceivedGroupFile File)>(group.Count);
        var partnerAnswers = new List<(IntakeGroupItem Item, byte[] Bytes)>();
        foreach (var item in group)
        {
            byte[] bytes;
            var content = item.OpenContent();
            await using (content.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }
            if (answers is not null && ReceivedHeaderReader.Read(bytes).RootElement == Sivi.Messages.Header.RetourmeldingFactory.MessageName)
            {
                partnerAnswers.Add((item, bytes));
            }
            else
            {
                files.Add((item, new ReceivedGroupFile($"{folder.TrimEnd('/')}/{item.File.Name}", bytes)));
            }
        }
        if (files.Count > 0)
        {
            var results = await processor.ProcessGroupAsync(account, [.. files.Select(f => f.File)], blocked, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Failure is { } failure)
                {
                    files[i].Item.Failure = failure.Message;
                }
                else
                {
                    // committed (with its Retourmelding and event in the outboxes): the run keeps what its report shows
                    outcomes.AddRange(results[i].Outcome!.Flatten().Select(o => o.WithoutDocuments()));
                }
            }
        }
        foreach (var (item, bytes) in partnerAnswers)
        {
            try
            {
                await answers!.ApplyAsync(account.Name, item.File.Name, bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                item.Failure = e.Message;
            }
        }
    }

    private void Report(IntakeProblem problem, List<IntakeProblem> problems)
    {
        ReceivingIntakeLog.Problem(_logger, problem.Account, problem.ToString());
        problems.Add(problem);
    }

    private static string Sanitize(string text) => new([.. text.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Events;
using Gateway.Receiving.Imports;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Sivi.Messages;
using Sivi.Messages.Reading;

namespace Gateway.Receiving.Processing;

/// <summary>
/// The receiving role's heart: takes one file of a sending partner and interprets it (type and release, import
/// configuration, schema, typed model, employer authorisation — see <see cref="ReceivedFileInterpreter"/>), then,
/// unless the account's processing is blocked, applies it to the register under the chain rules
/// (<see cref="CaseChain"/>). A blocked account's valid files are held and applied later, in arrival order, by
/// <see cref="ApplyHeldAsync"/>. Register work is serialised per account within this instance (on SQLite: one at a time);
/// interpretation runs in parallel. Register one instance per process.
/// </summary>
public sealed class ReceivedFileProcessor(
    ReceivedFileInterpreter interpreter,
    ReceivingDatabase database,
    ClassificationMapper classifications,
    RetourmeldingBuilder retourmeldingen,
    ReceivingOptions options,
    TimeProvider clock,
    ILogger<ReceivedFileProcessor> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _accountLocks = new(StringComparer.Ordinal);

    /// <summary>Where group processing spent its time since the process started.</summary>
    public ProcessingProfile Profile { get; } = new();

    /// <summary>The largest file processed (<see cref="ReceivingOptions.MaxFileBytes"/>): the intake does not download a larger one.</summary>
    public int MaxFileBytes => options.MaxFileBytes;

    /// <summary>Processes one received file.</summary>
    /// <param name="account">The account (sending partner) the file came from.</param>
    /// <param name="filePath">The file's path as the transport saw it (folder and name), matched against the import configurations.</param>
    /// <param name="content">The file's content; read up to <c>Gateway:Receiving:MaxFileBytes</c>, left open.</param>
    /// <param name="processingBlocked">The account's current processing state (from the ledger; initially <see cref="ReceivingAccountOptions.ProcessingBlocked"/>).</param>
    public async Task<ReceivedFileOutcome> ProcessAsync(ReceivingAccount account, string filePath, Stream content, bool processingBlocked,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(content);
        var fileName = ImportFolder.FileName(filePath);
        var interpretation = await interpreter.InterpretAsync(account, filePath, content, cancellationToken).ConfigureAwait(false);
        var gate = GateOf(account);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await RegisterAsync(account, fileName, interpretation, processingBlocked, cancellationToken).ConfigureAwait(false);
            foreach (var each in outcome.Flatten())
            {
                Log(each);
            }
            return outcome;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Processes a group of received files, in the given (arrival) order, as one unit of work: interpretation runs in
    /// parallel, then the register work of every file runs in one transaction, each file with its own outcome — a file
    /// refused by the chain rules is refused (with its Retourmelding) while the others apply, and later files see the
    /// earlier ones applied, exactly as one by one. Should the group's transaction fail (the database refused a
    /// statement, a lost race on a unique key), nothing of it is applied and each file is registered again in its own
    /// transaction, so one file that cannot be registered fails alone (<see cref="GroupFileResult.Failure"/>; it stays
    /// at the partner) and never takes the others with it.
    /// </summary>
    public async Task<IReadOnlyList<GroupFileResult>> ProcessGroupAsync(ReceivingAccount account, IReadOnlyList<ReceivedGroupFile> files, bool processingBlocked,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(files);
        var results = new GroupFileResult[files.Count];
        var interpretations = new Interpretation?[files.Count];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                try
                {
                    interpretations[i] = await interpreter.InterpretAsync(account, files[i].FilePath, ReadOnly(files[i].Content), token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    results[i] = new GroupFileResult(null, e);
                }
            }).ConfigureAwait(false);
        var interpreted = Stopwatch.GetTimestamp();
        long registered = 0;
        var fallback = false;

        var gate = GateOf(account);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var locked = Stopwatch.GetTimestamp();
        try
        {
            try
            {
                var now = clock.GetUtcNow();
                await using var context = database.CreateContext();
                // a failed save abandons the whole group (below): no savepoint around each save
                context.Database.AutoSavepointsEnabled = false;
                await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var hold = new HoldDecision(processingBlocked);
                var facts = await RegisterGroupFacts.ReadAsync(context, account.Name, interpretations, cancellationToken).ConfigureAwait(false);
                var outcomes = new ReceivedFileOutcome?[files.Count];
                for (var i = 0; i < files.Count; i++)
                {
                    if (interpretations[i] is { } interpretation)
                    {
                        // its last rows (claim, applied messages, event, Retourmelding) are saved with the next file's
                        // first save: nothing before that reads them from the database
                        outcomes[i] = await RegisterInAsync(context, account, ImportFolder.FileName(files[i].FilePath), interpretation, hold, facts, now,
                            save: false, cancellationToken).ConfigureAwait(false);
                        RegisterTracking.KeepPartiesAndUnsaved(context);
                    }
                }
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                registered = Stopwatch.GetTimestamp();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < files.Count; i++)
                {
                    if (outcomes[i] is { } outcome)
                    {
                        results[i] = new GroupFileResult(outcome, null);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                fallback = true;
                registered = 0;
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("Receiving {Account}: a group of {FileCount} files could not be registered together ({ExceptionType}); each file is registered on its own",
                        account.Name, files.Count, e.GetType().Name);
                }
                for (var i = 0; i < files.Count; i++)
                {
                    if (interpretations[i] is not { } interpretation)
                    {
                        continue;
                    }
                    try
                    {
                        results[i] = new GroupFileResult(await RegisterAsync(account, ImportFolder.FileName(files[i].FilePath), interpretation, processingBlocked, cancellationToken)
                            .ConfigureAwait(false), null);
                    }
                    catch (Exception each) when (each is not OperationCanceledException)
                    {
                        results[i] = new GroupFileResult(null, each);
                    }
                }
            }
        }
        finally
        {
            gate.Release();
        }
        var done = Stopwatch.GetTimestamp();
        var registerEnd = registered == 0 ? done : registered;
        Profile.AddGroup(files.Count, interpreted - started, registerEnd - locked, done - registerEnd, fallback);
        foreach (var outcome in results.Select(r => r.Outcome).OfType<ReceivedFileOutcome>().SelectMany(o => o.Flatten()))
        {
            Log(outcome);
        }
        return results;
    }

    private static MemoryStream ReadOnly(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    /// <summary>
    /// Restarts processing of an account: applies its held files one by one in arrival order (each in its own
    /// transaction, with the waiting files it releases), until none is left. Call it when the admin restarts
    /// processing, before files are processed unblocked; files that arrive meanwhile are held too and applied here.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedFileOutcome>> ApplyHeldAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        var outcomes = await DrainAsync(account, ApplyNextHeldAsync, cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Receiving {Account}: processing restarted, {HeldCount} held files applied", account.Name, outcomes.Count);
        }
        return outcomes;
    }

    /// <summary>
    /// Refuses the account's files that have waited longer than <see cref="ReceivingOptions.WaitingExpiryHours"/> for a
    /// gap in their case to fill, oldest first, each in its own transaction with its Retourmelding (when due): the
    /// sender learns that the chain is broken instead of the file waiting for ever.
    /// </summary>
    public Task<IReadOnlyList<ReceivedFileOutcome>> ExpireWaitingAsync(ReceivingAccount account, CancellationToken cancellationToken) =>
        DrainAsync(account, ExpireNextWaitingAsync, cancellationToken);

    /// <summary>Under the account's register gate, takes one step after another (each its own transaction) until a step finds nothing left.</summary>
    private async Task<IReadOnlyList<ReceivedFileOutcome>> DrainAsync(ReceivingAccount account,
        Func<ReceivingAccount, CancellationToken, Task<ReceivedFileOutcome?>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var gate = GateOf(account);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcomes = new List<ReceivedFileOutcome>();
            while (await step(account, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                foreach (var each in outcome.Flatten())
                {
                    Log(each);
                }
                outcomes.Add(outcome);
            }
            return outcomes;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ReceivedFileOutcome?> ExpireNextWaitingAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waitedSince = now.UtcDateTime - TimeSpan.FromHours(options.WaitingExpiryHours);
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var file = await context.Files
            .Where(f => f.Account == account.Name && f.Status == ReceivedFileStatus.Waiting && (f.WaitingSinceUtc ?? f.ReceivedUtc) < waitedSince)
            .OrderBy(f => f.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }
        var message = await SiviMessageReader.InstalledAsNearest.ReadAsync(new MemoryStream(file.Content ?? [], writable: false), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ReceivingError> errors = [ReceivingErrors.SequenceGapExpired(file.WaitingEmployerId ?? "", file.WaitingCaseId ?? "",
            file.WaitingSequence ?? 0, options.WaitingExpiryHours)];
        new RegisterSession(context, account, classifications, now.UtcDateTime).Refuse(file, errors);
        return await CommitAsync(context, transaction, Refused(account, file, HeaderOf(message), errors), now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Register work is serialised per account (the chain of a case must see the previous message applied); on SQLite,
    /// which has one writer at a time, across all accounts, so no transaction meets a busy snapshot.
    /// </summary>
    private SemaphoreSlim GateOf(ReceivingAccount account) =>
        _accountLocks.GetOrAdd(database.Options.Provider == DatabaseProvider.Sqlite ? "" : account.Name, _ => new SemaphoreSlim(1, 1));

    private async Task<ReceivedFileOutcome?> ApplyNextHeldAsync(ReceivingAccount account, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = new RegisterSession(context, account, classifications, now.UtcDateTime);
        var file = await session.NextHeldAsync(cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }
        var content = file.Content ?? [];
        var message = await SiviMessageReader.InstalledAsNearest.ReadAsync(new MemoryStream(content, writable: false), cancellationToken).ConfigureAwait(false);
        var step = await session.ApplyOrParkAsync(file, message, content, cancellationToken).ConfigureAwait(false);
        var released = step.Status == ReceivedFileStatus.Processed
            ? await session.ReleaseWaitingAsync(step, cancellationToken).ConfigureAwait(false)
            : [];
        return await CommitAsync(context, transaction, Outcome(account, step, released, now), now, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReceivedFileOutcome> RegisterAsync(ReceivingAccount account, string fileName, Interpretation interpretation,
        bool processingBlocked, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await RegisterInAsync(context, account, fileName, interpretation, new HoldDecision(processingBlocked), RegisterGroupFacts.None, now,
            save: true, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// The register work of one file in the caller's transaction: refused, held, applied, parked — with its outbox event
    /// and Retourmelding added and everything saved (not committed); unless <paramref name="save"/>, the last rows
    /// added (Berrefnr claim, applied messages, event, Retourmelding) are left for the caller's next save.
    /// </summary>
    private async Task<ReceivedFileOutcome> RegisterInAsync(ReceivingDbContext context, ReceivingAccount account, string fileName, Interpretation interpretation,
        HoldDecision hold, RegisterGroupFacts facts, DateTimeOffset now, bool save, CancellationToken cancellationToken)
    {
        var session = new RegisterSession(context, account, classifications, now.UtcDateTime, facts);
        var berrefnr = interpretation.Message?.BrAlg?.Berrefnr ?? "";
        ReceivedFileOutcome outcome;
        if (!interpretation.Accepted)
        {
            var refused = await session.AddFileAsync(fileName, interpretation, ReceivedFileStatus.Refused, interpretation.Errors, cancellationToken).ConfigureAwait(false);
            outcome = Refused(account, refused, interpretation.Header, interpretation.Errors);
        }
        else if (await session.EarlierCopyAsync(fileName, berrefnr, interpretation.Content, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // its outcome, event and Retourmelding were committed the first time: answered as that, nothing done again
            outcome = new ReceivedFileOutcome
            {
                Account = account.Name,
                FileName = earlier.FileName,
                FileId = earlier.Id,
                Status = earlier.Status,
                MessageType = earlier.MessageType,
                Release = earlier.Release,
                Berrefnr = earlier.Berrefnr,
                Replay = true,
            };
        }
        else if (await session.IsDuplicateAsync(berrefnr, cancellationToken).ConfigureAwait(false))
        {
            IReadOnlyList<ReceivingError> errors = [ReceivingErrors.DuplicateBerrefnr(berrefnr)];
            var duplicate = await session.AddFileAsync(fileName, interpretation, ReceivedFileStatus.Refused, errors, cancellationToken).ConfigureAwait(false);
            outcome = Refused(account, duplicate, HeaderOf(interpretation.Message!), errors);
        }
        else if (await hold.HoldAsync(session, cancellationToken).ConfigureAwait(false))
        {
            // blocked, or unblocked with earlier held files not yet applied: keep arrival order
            var held = await session.AddFileAsync(fileName, interpretation, ReceivedFileStatus.Held, [], cancellationToken).ConfigureAwait(false);
            await session.ClaimAsync(held, cancellationToken).ConfigureAwait(false);
            outcome = Outcome(account, new RegisterStep(held, interpretation.Message!, ReceivedFileStatus.Held, [], []), [], now);
        }
        else
        {
            // saved by ApplyOrParkAsync, with its verdict
            var file = session.AddFile(fileName, interpretation, ReceivedFileStatus.Held, [], keepContent: false);
            var step = await session.ApplyOrParkAsync(file, interpretation.Message!, interpretation.Content, cancellationToken).ConfigureAwait(false);
            var released = step.Status == ReceivedFileStatus.Processed
                ? await session.ReleaseWaitingAsync(step, cancellationToken).ConfigureAwait(false)
                : [];
            outcome = Outcome(account, step, released, now);
        }
        ReceivedEventOutbox.Add(context, outcome, now.UtcDateTime, cancellationToken);
        RetourmeldingOutbox.Add(context, outcome, now.UtcDateTime, cancellationToken);
        if (save)
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return outcome;
    }

    /// <summary>
    /// Whether valid files are held instead of applied: the account is blocked, or held files of an earlier run wait to
    /// be applied first (arrival order). Asked once per transaction: only holding adds held files.
    /// </summary>
    private sealed class HoldDecision(bool processingBlocked)
    {
        private bool? _hold = processingBlocked ? true : null;

        public async Task<bool> HoldAsync(RegisterSession session, CancellationToken cancellationToken) =>
            _hold ??= await session.HasHeldAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits the register's work together with what follows from it: the outbox events of the messages it applied
    /// and the Retourmeldingen it made due.
    /// </summary>
    private static async Task<ReceivedFileOutcome> CommitAsync(ReceivingDbContext context, IDbContextTransaction transaction, ReceivedFileOutcome outcome,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ReceivedEventOutbox.Add(context, outcome, now.UtcDateTime, cancellationToken);
        RetourmeldingOutbox.Add(context, outcome, now.UtcDateTime, cancellationToken);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private ReceivedFileOutcome Outcome(ReceivingAccount account, RegisterStep step, IReadOnlyList<RegisterStep> released, DateTimeOffset now)
    {
        var header = HeaderOf(step.Message);
        if (step.Status == ReceivedFileStatus.Refused)
        {
            return Refused(account, step.File, header, step.Errors) with { Released = [.. released.Select(r => Outcome(account, r, [], now))] };
        }
        var processed = step.Status == ReceivedFileStatus.Processed;
        return new ReceivedFileOutcome
        {
            Account = account.Name,
            FileName = step.File.FileName,
            FileId = step.File.Id,
            Status = step.Status,
            MessageType = step.File.MessageType,
            Release = step.File.Release,
            Berrefnr = step.File.Berrefnr,
            Errors = step.Errors,
            Retourmelding = processed && header.ReceiptRequested ? retourmeldingen.Build(account, header, processed: true, []) : null,
            Event = processed
                ? new MessageApplied(account.Name, step.File.Id, step.File.FileName, step.File.MessageType!, step.File.Release!,
                    step.File.Berrefnr!, step.Message, step.Absences, now)
                : null,
            Released = [.. released.Select(r => Outcome(account, r, [], now))],
        };
    }

    private ReceivedFileOutcome Refused(ReceivingAccount account, ReceivedFileRecord file, ReceivedHeader header, IReadOnlyList<ReceivingError> errors)
    {
        var due = header.ReceiptRequested || account.Options.Retourmeldingen == RetourmeldingPolicy.AsRequestedAndRefusals;
        return new ReceivedFileOutcome
        {
            Account = account.Name,
            FileName = file.FileName,
            FileId = file.Id,
            Status = ReceivedFileStatus.Refused,
            MessageType = file.MessageType,
            Release = file.Release,
            Berrefnr = file.Berrefnr,
            Errors = errors,
            Retourmelding = due ? retourmeldingen.Build(account, header, processed: false, errors) : null,
        };
    }

    private static ReceivedHeader HeaderOf(SiviMessage message) =>
        new(message.ElementName, message.Release, message.BrAlg?.Berrefnr, message.BrAlg?.IdInzndr, message.BrAlg?.IdOntvngr,
            message.BrAlg?.TestJN, message.BrAlg?.OntvngstbevJN);

    private void Log(ReceivedFileOutcome outcome)
    {
        if (outcome.Status is ReceivedFileStatus.Refused or ReceivedFileStatus.Waiting)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning(
                    "Receiving {Account}: file {FileId} {FileName} {Status} ({MessageType} {Release}, Berrefnr {Berrefnr}): {ErrorCount} errors [{ErrorKinds}], retourmelding {RetourmeldingDue}",
                    outcome.Account, outcome.FileId, PersonalDataScrubber.Scrub(outcome.FileName), outcome.Status, outcome.MessageType, outcome.Release, outcome.Berrefnr,
                    outcome.Errors.Count, string.Join(",", outcome.Errors.Select(e => e.Kind).Distinct()), outcome.RetourmeldingDue);
            }
        }
        else if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Receiving {Account}: file {FileId} {FileName} {Status} ({MessageType} {Release}, Berrefnr {Berrefnr}), retourmelding {RetourmeldingDue}",
                outcome.Account, outcome.FileId, PersonalDataScrubber.Scrub(outcome.FileName), outcome.Status, outcome.MessageType, outcome.Release, outcome.Berrefnr,
                outcome.RetourmeldingDue);
        }
    }
}

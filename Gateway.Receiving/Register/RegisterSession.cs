using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Processing;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages;
using Sivi.Messages.Reading;

namespace Gateway.Receiving.Register;

/// <summary>
/// The register work of one file for one account inside one transaction: Berrefnr claims, holding, applying or
/// parking a message under the chain rules, and releasing the waiting messages its application unblocks. The caller
/// serialises sessions per account, saves and commits. Questions the group's <see cref="RegisterGroupFacts"/> answer
/// are not asked of the database.
/// </summary>
internal sealed class RegisterSession(ReceivingDbContext context, ReceivingAccount account, ClassificationMapper classifications, DateTime now,
    RegisterGroupFacts facts)
{
    public RegisterSession(ReceivingDbContext context, ReceivingAccount account, ClassificationMapper classifications, DateTime now)
        : this(context, account, classifications, now, RegisterGroupFacts.None)
    {
    }

    /// <summary>Whether the Berrefnr is claimed: in the database or added in this unit of work, not yet saved.</summary>
    public async Task<bool> IsDuplicateAsync(string berrefnr, CancellationToken cancellationToken) =>
        !facts.IsUnclaimed(berrefnr)
        && await context.Berrefnrs.FindAsync([account.Name, berrefnr], cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// The account's earlier record of this very file — same name, same Berrefnr, same bytes — that was processed, is
    /// held or waits (a refused or discarded file frees its Berrefnr for a new copy): the
    /// file handed over again because a run stopped after committing its outcome and before the partner's copy was
    /// removed. Null when there is none.
    /// </summary>
    public async Task<ReceivedFileRecord?> EarlierCopyAsync(string fileName, string berrefnr, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (facts.IsUnfiled(berrefnr))
        {
            return null;
        }
        var candidates = await context.Files.Where(f => f.Account == account.Name && f.FileName == fileName && f.Berrefnr == berrefnr
            && (f.Status == ReceivedFileStatus.Processed || f.Status == ReceivedFileStatus.Held || f.Status == ReceivedFileStatus.Waiting)
            && f.Sha256 != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var hash = System.Security.Cryptography.SHA256.HashData(content.Span);
        return candidates.FirstOrDefault(f => hash.AsSpan().SequenceEqual(f.Sha256));
    }

    public Task<bool> HasHeldAsync(CancellationToken cancellationToken) =>
        context.Files.AnyAsync(f => f.Account == account.Name && f.Status == ReceivedFileStatus.Held, cancellationToken);

    /// <summary>The oldest held file of the account, or null.</summary>
    public Task<ReceivedFileRecord?> NextHeldAsync(CancellationToken cancellationToken) =>
        context.Files.Where(f => f.Account == account.Name && f.Status == ReceivedFileStatus.Held)
            .OrderBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds the record of a received file and saves it, so it has its id (the arrival order).</summary>
    public async Task<ReceivedFileRecord> AddFileAsync(string fileName, Interpretation interpretation, ReceivedFileStatus status,
        IReadOnlyList<ReceivingError> errors, CancellationToken cancellationToken)
    {
        var record = AddFile(fileName, interpretation, status, errors, keepContent: status == ReceivedFileStatus.Held);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Adds the record of a received file, not yet saved (its id is set by the next save: the arrival order), with its
    /// content when <paramref name="keepContent"/>.
    /// </summary>
    public ReceivedFileRecord AddFile(string fileName, Interpretation interpretation, ReceivedFileStatus status, IReadOnlyList<ReceivingError> errors,
        bool keepContent)
    {
        var record = new ReceivedFileRecord
        {
            Account = account.Name,
            FileName = fileName,
            ImportConfiguration = interpretation.Configuration?.Name,
            MessageType = interpretation.MessageType,
            Release = interpretation.Release,
            Berrefnr = interpretation.Message?.BrAlg?.Berrefnr ?? interpretation.Header.Berrefnr,
            Status = status,
            ReceivedUtc = now,
            CompletedUtc = status == ReceivedFileStatus.Refused ? now : null,
            Content = keepContent ? interpretation.Content.ToArray() : null,
            Sha256 = System.Security.Cryptography.SHA256.HashData(interpretation.Content.Span),
            Errors = StoredErrors.Write(errors),
        };
        context.Files.Add(record);
        facts.Filed(record.Berrefnr);
        return record;
    }

    /// <summary>Claims the file's Berrefnr for it unless it is claimed already; the file must have its id (be saved).</summary>
    public async Task ClaimAsync(ReceivedFileRecord file, CancellationToken cancellationToken)
    {
        if (file.Berrefnr is { } berrefnr
            && (facts.IsUnclaimed(berrefnr) || await context.Berrefnrs.FindAsync([account.Name, berrefnr], cancellationToken).ConfigureAwait(false) is null))
        {
            context.Berrefnrs.Add(new ReceivedBerrefnr { Account = account.Name, Berrefnr = berrefnr, FileId = file.Id, ReceivedUtc = now });
            facts.Claimed(berrefnr);
        }
    }

    /// <summary>
    /// Applies <paramref name="message"/> when every absence in it passes the chain rules; parks it (waiting, content
    /// kept) when one waits for a missing sequence number; refuses it when one breaks a rule. <paramref name="file"/> is
    /// a saved record (held or waiting) or one just added (<see cref="AddFile"/>); it is saved here, once, so it has
    /// its id; the Berrefnr claim and the applied messages are added for the caller's save.
    /// </summary>
    public async Task<RegisterStep> ApplyOrParkAsync(ReceivedFileRecord file, SiviMessage message, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken)
    {
        var entries = SiviMessageContents.Absences(message).ToList();
        var verdict = await new CaseChain(context, account.Name, facts).EvaluateAsync(entries, file.Id, cancellationToken).ConfigureAwait(false);
        if (verdict.Refusals.Count > 0)
        {
            IReadOnlyList<ReceivingError> errors = [.. verdict.Refusals, .. verdict.Gaps];
            Complete(file, ReceivedFileStatus.Refused, errors);
            // a file not saved yet has claimed nothing
            if (file.Id != 0 && file.Berrefnr is { } berrefnr
                && await context.Berrefnrs.FindAsync([account.Name, berrefnr], cancellationToken).ConfigureAwait(false) is { } claim
                && claim.FileId == file.Id)
            {
                // a refused message does not take its Berrefnr: the sender may correct and resend under it
                context.Berrefnrs.Remove(claim);
            }
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new RegisterStep(file, message, ReceivedFileStatus.Refused, errors, []);
        }
        if (verdict.WaitFor is { } wait)
        {
            if (file.Status != ReceivedFileStatus.Waiting)
            {
                file.WaitingSinceUtc = now;
            }
            file.Status = ReceivedFileStatus.Waiting;
            file.Content ??= content.ToArray();
            file.Errors = StoredErrors.Write(verdict.Gaps);
            file.WaitingEmployerId = wait.EmployerId;
            file.WaitingCaseId = wait.CaseId;
            file.WaitingSequence = wait.Sequence;
            facts.Parked();
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await ClaimAsync(file, cancellationToken).ConfigureAwait(false);
            return new RegisterStep(file, message, ReceivedFileStatus.Waiting, verdict.Gaps, []);
        }
        Complete(file, ReceivedFileStatus.Processed, []);
        // saves the file (its id), the employers and the cases; adds the applied messages
        var absences = await new RegisterWriter(context, account, classifications, now, facts)
            .ApplyAsync(message, verdict.Plan, file, cancellationToken).ConfigureAwait(false);
        await ClaimAsync(file, cancellationToken).ConfigureAwait(false);
        return new RegisterStep(file, message, ReceivedFileStatus.Processed, [], absences);
    }

    /// <summary>
    /// Re-checks the waiting messages of the cases <paramref name="applied"/> moved on, lowest sequence number first,
    /// and applies those whose turn has come — repeatedly, as each one applied may unblock the next.
    /// </summary>
    public async Task<IReadOnlyList<RegisterStep>> ReleaseWaitingAsync(RegisterStep applied, CancellationToken cancellationToken)
    {
        var released = new List<RegisterStep>();
        var moved = new HashSet<(string, string)>(applied.Absences.Select(a => (a.EmployerId, a.VrzmgvlId)));
        var progress = moved.Count > 0 && facts.MayHaveWaiting;
        while (progress)
        {
            progress = false;
            var waiting = await context.Files
                .Where(f => f.Account == account.Name && f.Status == ReceivedFileStatus.Waiting)
                .Select(f => new { f.Id, f.WaitingEmployerId, f.WaitingCaseId, f.WaitingSequence })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var candidates = waiting
                .Where(w => moved.Contains((w.WaitingEmployerId ?? "", w.WaitingCaseId ?? "")))
                .OrderBy(w => w.WaitingSequence).ThenBy(w => w.Id)
                .Select(w => w.Id)
                .ToList();
            foreach (var id in candidates)
            {
                var file = await context.Files.FindAsync([id], cancellationToken).ConfigureAwait(false);
                if (file?.Content is not { } bytes)
                {
                    continue;
                }
                var message = await SiviMessageReader.InstalledAsNearest.ReadAsync(new MemoryStream(bytes, writable: false), cancellationToken).ConfigureAwait(false);
                var step = await ApplyOrParkAsync(file, message, bytes, cancellationToken).ConfigureAwait(false);
                if (step.Status == ReceivedFileStatus.Waiting)
                {
                    continue;
                }
                released.Add(step);
                if (step.Status == ReceivedFileStatus.Processed)
                {
                    foreach (var absence in step.Absences)
                    {
                        moved.Add((absence.EmployerId, absence.VrzmgvlId));
                    }
                    progress = true;
                }
            }
        }
        return released;
    }

    /// <summary>Refuses a file that will not be applied (its content is dropped, its errors kept).</summary>
    public void Refuse(ReceivedFileRecord file, IReadOnlyList<ReceivingError> errors) => Complete(file, ReceivedFileStatus.Refused, errors);

    private void Complete(ReceivedFileRecord file, ReceivedFileStatus status, IReadOnlyList<ReceivingError> errors)
    {
        file.Status = status;
        file.CompletedUtc = now;
        file.Content = null;
        file.Errors = StoredErrors.Write(errors);
        file.WaitingEmployerId = null;
        file.WaitingCaseId = null;
        file.WaitingSequence = null;
        file.WaitingSinceUtc = null;
    }
}

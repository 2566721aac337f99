using System.Globalization;
using Gateway.Receiving.Processing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>
/// The chain rules of absence cases, checked for every absence of a message against the register (and against the
/// absences before it in the same message):
/// <list type="bullet">
/// <item>An unknown case may only be started (VrwrkCd 01); any other message for it — a (partial) recovery,
/// change, end, correction or deletion — is refused. A start opens the case at its sequence number.</item>
/// <item>A known case takes the next sequence number only. One already applied (or already waiting) is a repeat
/// and refused; a higher one is a gap: the message waits and is applied once the missing ones arrive.</item>
/// <item>A case from the start-up overview has no sequence number yet: its first message sets it.</item>
/// <item>VrzmgvlIdOud renames a known case to VrzmgvlId (the chain continues under the new id).</item>
/// </list>
/// </summary>
internal sealed class CaseChain(ReceivingDbContext context, string account, RegisterGroupFacts facts)
{
    private readonly Dictionary<(string Employer, string Case), Cursor> _cursors = [];

    public async Task<ChainVerdict> EvaluateAsync(IReadOnlyList<AbsenceEntry> entries, long fileId, CancellationToken cancellationToken)
    {
        var refusals = new List<ReceivingError>();
        var gaps = new List<ReceivingError>();
        var plan = new List<PlannedAbsence>();
        WaitPoint? waitFor = null;
        foreach (var entry in entries)
        {
            var employer = entry.EmployerId;
            var caseId = entry.CaseId;
            if (!int.TryParse(entry.Absence.VrzmgvlVnrMld?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                refusals.Add(ReceivingErrors.SequenceInvalid(employer, caseId));
                continue;
            }
            var cursor = await CursorAsync(employer, caseId, entry.OldCaseId, cancellationToken).ConfigureAwait(false);
            if (cursor.Case is null && !cursor.Planned)
            {
                if (entry.VrwrkCd == VrwrkCodes.Start)
                {
                    cursor.Planned = true;
                    cursor.Last = sequence;
                    plan.Add(new PlannedAbsence(entry, sequence, null, null));
                }
                else
                {
                    refusals.Add(ReceivingErrors.UnknownCase(employer, caseId, entry.VrwrkCd, sequence));
                }
                continue;
            }
            if (cursor.Last is { } last)
            {
                if (sequence <= last || await IsWaitingAsync(employer, caseId, sequence, fileId, cancellationToken).ConfigureAwait(false))
                {
                    refusals.Add(ReceivingErrors.SequenceRepeated(employer, caseId, sequence));
                    continue;
                }
                if (sequence > last + 1)
                {
                    gaps.Add(ReceivingErrors.SequenceGap(employer, caseId, sequence, last + 1));
                    waitFor ??= new WaitPoint(employer, caseId, sequence);
                    continue;
                }
            }
            cursor.Last = sequence;
            plan.Add(new PlannedAbsence(entry, sequence, cursor.Case, cursor.RenamedFrom));
        }
        return new ChainVerdict(refusals, gaps, waitFor, plan);
    }

    private async Task<Cursor> CursorAsync(string employer, string caseId, string? oldCaseId, CancellationToken cancellationToken)
    {
        if (_cursors.TryGetValue((employer, caseId), out var cursor))
        {
            return cursor;
        }
        var found = await FindAsync(employer, caseId, cancellationToken).ConfigureAwait(false);
        string? renamedFrom = null;
        if (found is null && oldCaseId is not null && !string.Equals(oldCaseId, caseId, StringComparison.Ordinal))
        {
            found = await FindAsync(employer, oldCaseId, cancellationToken).ConfigureAwait(false);
            renamedFrom = found is null ? null : oldCaseId;
        }
        cursor = new Cursor { Case = found, Last = found?.LastSequence, RenamedFrom = renamedFrom };
        _cursors[(employer, caseId)] = cursor;
        return cursor;
    }

    private Task<AbsenceCase?> FindAsync(string employer, string caseId, CancellationToken cancellationToken) =>
        facts.IsMissing(employer, caseId)
            ? Task.FromResult<AbsenceCase?>(null)
            : context.AbsenceCases.FirstOrDefaultAsync(c => c.Account == account && c.EmployerId == employer && c.VrzmgvlId == caseId, cancellationToken);

    private Task<bool> IsWaitingAsync(string employer, string caseId, int sequence, long fileId, CancellationToken cancellationToken) =>
        !facts.MayHaveWaiting
            ? Task.FromResult(false)
            : context.Files.AnyAsync(f => f.Account == account && f.Status == ReceivedFileStatus.Waiting && f.Id != fileId
            && f.WaitingEmployerId == employer && f.WaitingCaseId == caseId && f.WaitingSequence == sequence, cancellationToken);

    private sealed class Cursor
    {
        public AbsenceCase? Case { get; init; }

        public int? Last { get; set; }

        public bool Planned { get; set; }

        public string? RenamedFrom { get; init; }
    }
}

/// <summary>An absence that passed the chain rules, ready to apply.</summary>
/// <param name="Entry">The absence and where it sits in the message.</param>
/// <param name="Sequence">Its sequence number.</param>
/// <param name="Existing">The case it continues (tracked), or null when it starts one.</param>
/// <param name="RenamedFrom">The case's previous id when the message renames it.</param>
internal sealed record PlannedAbsence(AbsenceEntry Entry, int Sequence, AbsenceCase? Existing, string? RenamedFrom);

/// <summary>The case and sequence number a waiting message is blocked on.</summary>
internal sealed record WaitPoint(string EmployerId, string CaseId, int Sequence);

/// <summary>The verdict on all absences of one message: refused if any is refused, else waiting if any waits, else the plan.</summary>
internal sealed record ChainVerdict(IReadOnlyList<ReceivingError> Refusals, IReadOnlyList<ReceivingError> Gaps, WaitPoint? WaitFor, IReadOnlyList<PlannedAbsence> Plan);

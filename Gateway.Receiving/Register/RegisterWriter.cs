using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Events;
using Gateway.Receiving.Processing;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Register;

/// <summary>
/// Applies an accepted message to the register: employers, employees and employments are upserted from every
/// message type (a key change through IdWrknmrOud/IdDnstvbndOud moves the row); each planned absence updates its case
/// (created by a start) and records the applied sequence number. Changes are made on the context and saved once (the
/// file and the new cases get their ids); the applied messages are added after that for the caller, who saves and
/// commits.
/// </summary>
internal sealed class RegisterWriter(ReceivingDbContext context, ReceivingAccount account, ClassificationMapper classifications, DateTime now,
    RegisterGroupFacts facts)
{
    private readonly Dictionary<(string Employer, string Case), AbsenceCase> _cases = [];

    public async Task<IReadOnlyList<ReceivedAbsence>> ApplyAsync(SiviMessage message, IReadOnlyList<PlannedAbsence> plan, ReceivedFileRecord file,
        CancellationToken cancellationToken)
    {
        foreach (var employer in SiviMessageContents.Employers(message))
        {
            await UpsertEmployerAsync(employer, cancellationToken).ConfigureAwait(false);
            var employerId = employer.IdWrkgvrArbdnst!.Trim();
            foreach (var employee in employer.Wrknmr)
            {
                if (string.IsNullOrWhiteSpace(employee.IdWrknmr))
                {
                    continue;
                }
                await UpsertEmployeeAsync(employerId, employee, cancellationToken).ConfigureAwait(false);
                foreach (var employment in employee.Dnstvbnd)
                {
                    await UpsertEmploymentAsync(employerId, employee.IdWrknmr.Trim(), employment, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var applied = new List<(AbsenceCase Case, PlannedAbsence Planned, AbsenceClassification Classification)>();
        foreach (var planned in plan)
        {
            var classification = classifications.Classify(account, planned.Entry.Absence, planned.Entry.Employment);
            applied.Add((ApplyAbsence(planned, classification), planned, classification));
        }
        // the file and new cases get their ids here, before their messages are recorded
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var absences = new List<ReceivedAbsence>();
        foreach (var (absenceCase, planned, classification) in applied)
        {
            context.AbsenceMessages.Add(new AbsenceCaseMessage
            {
                CaseId = absenceCase.Id,
                Sequence = planned.Sequence,
                VrwrkCd = planned.Entry.VrwrkCd,
                Berrefnr = file.Berrefnr ?? "",
                FileId = file.Id,
                AppliedUtc = now,
            });
            absences.Add(new ReceivedAbsence(absenceCase.EmployerId, absenceCase.IdWrknmr, absenceCase.VrzmgvlId, planned.Sequence,
                planned.Entry.VrwrkCd, classification));
        }
        return absences;
    }

    private AbsenceCase ApplyAbsence(PlannedAbsence planned, AbsenceClassification classification)
    {
        var entry = planned.Entry;
        var key = (entry.EmployerId, entry.CaseId);
        if (!_cases.TryGetValue(key, out var absenceCase))
        {
            absenceCase = planned.Existing;
            if (absenceCase is null)
            {
                absenceCase = new AbsenceCase
                {
                    Account = account.Name,
                    EmployerId = entry.EmployerId,
                    VrzmgvlId = entry.CaseId,
                    Source = RegisterSource.Message,
                    CreatedUtc = now,
                };
                context.AbsenceCases.Add(absenceCase);
                facts.TouchCase(entry.EmployerId, entry.CaseId);
            }
            _cases[key] = absenceCase;
        }
        if (planned.RenamedFrom is not null)
        {
            absenceCase.VrzmgvlId = entry.CaseId;
            facts.TouchCase(entry.EmployerId, entry.CaseId);
        }
        var absence = entry.Absence;
        absenceCase.IdWrknmr = entry.Employee.IdWrknmr?.Trim() ?? absenceCase.IdWrknmr;
        absenceCase.IdDnstvbnd = entry.Employment.IdDnstvbnd?.Trim() ?? absenceCase.IdDnstvbnd;
        absenceCase.LastSequence = planned.Sequence;
        absenceCase.LastVrwrkCd = entry.VrwrkCd;
        absenceCase.FirstSickDay = absence.DatEerstVrzmdg?.Date ?? absenceCase.FirstSickDay;
        absenceCase.RecoveredOn = absence.DatHrstld?.Date;
        absenceCase.Status = entry.VrwrkCd switch
        {
            VrwrkCodes.Deletion => AbsenceCaseStatus.Deleted,
            VrwrkCodes.End => AbsenceCaseStatus.Closed,
            _ when string.Equals(absence.EndVrzmJN?.Trim(), "J", StringComparison.Ordinal) => AbsenceCaseStatus.Closed,
            _ => AbsenceCaseStatus.Open,
        };
        absenceCase.SiviClassification = (int)classification.Sivi;
        absenceCase.ReceiverClassification = classification.ReceiverCode;
        absenceCase.UpdatedUtc = now;
        return absenceCase;
    }

    private async Task UpsertEmployerAsync(Wrkgvr employer, CancellationToken cancellationToken)
    {
        var id = employer.IdWrkgvrArbdnst!.Trim();
        var row = await context.Employers.FindAsync([account.Name, id], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new RegisteredEmployer { Account = account.Name, EmployerId = id, FirstSeenUtc = now };
            context.Employers.Add(row);
        }
        row.Lhnr = employer.Lhnr?.Trim() ?? row.Lhnr;
        row.KvK = employer.InschrijvingsnrKvK?.Trim() ?? row.KvK;
        row.Name = employer.HndlsnmOrg?.Trim() ?? row.Name;
        row.UpdatedUtc = now;
    }

    private async Task UpsertEmployeeAsync(string employerId, Wrknmr employee, CancellationToken cancellationToken)
    {
        var id = employee.IdWrknmr!.Trim();
        var row = await context.Employees.FindAsync([account.Name, employerId, id], cancellationToken).ConfigureAwait(false);
        if (row is null && employee.IdWrknmrOud?.Trim() is { Length: > 0 } oldId && oldId != id)
        {
            var old = await context.Employees.FindAsync([account.Name, employerId, oldId], cancellationToken).ConfigureAwait(false);
            if (old is not null)
            {
                context.Employees.Remove(old);
                row = new RegisteredEmployee { Account = account.Name, EmployerId = employerId, IdWrknmr = id, Source = old.Source, FirstSeenUtc = old.FirstSeenUtc };
                context.Employees.Add(row);
                var cases = await context.AbsenceCases
                    .Where(c => c.Account == account.Name && c.EmployerId == employerId && c.IdWrknmr == oldId)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                cases.ForEach(c => c.IdWrknmr = id);
                var employments = await context.Employments
                    .Where(e => e.Account == account.Name && e.EmployerId == employerId && e.IdWrknmr == oldId)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                employments.ForEach(e => e.IdWrknmr = id);
            }
        }
        if (row is null)
        {
            row = new RegisteredEmployee { Account = account.Name, EmployerId = employerId, IdWrknmr = id, Source = RegisterSource.Message, FirstSeenUtc = now };
            context.Employees.Add(row);
        }
        row.UpdatedUtc = now;
    }

    private async Task UpsertEmploymentAsync(string employerId, string idWrknmr, Dnstvbnd employment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(employment.IdDnstvbnd))
        {
            return;
        }
        var id = employment.IdDnstvbnd.Trim();
        var row = await context.Employments.FindAsync([account.Name, employerId, id], cancellationToken).ConfigureAwait(false);
        if (row is null && employment.IdDnstvbndOud?.Trim() is { Length: > 0 } oldId && oldId != id
            && await context.Employments.FindAsync([account.Name, employerId, oldId], cancellationToken).ConfigureAwait(false) is { } old)
        {
            context.Employments.Remove(old);
            var cases = await context.AbsenceCases
                .Where(c => c.Account == account.Name && c.EmployerId == employerId && c.IdDnstvbnd == oldId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            cases.ForEach(c => c.IdDnstvbnd = id);
        }
        if (row is null)
        {
            row = new RegisteredEmployment { Account = account.Name, EmployerId = employerId, IdDnstvbnd = id };
            context.Employments.Add(row);
        }
        row.IdWrknmr = idWrknmr;
        row.StartDate = employment.Ingdat?.Date ?? row.StartDate;
        row.EndDate = employment.Enddat?.Date;
        row.UpdatedUtc = now;
    }
}

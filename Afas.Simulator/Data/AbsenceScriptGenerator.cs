namespace Afas.Simulator.Data;

/// <summary>
/// Scripts an employee's absences as a renewal process from two years before the start date (or the employment
/// start): each melding's whole course (report, correction, deletion, partial recovery, recovery, reopening,
/// birth) is drawn up front, so the visible state on a day is a pure function of that day.
/// </summary>
internal sealed class AbsenceScriptGenerator(SimWorld world)
{
    private static readonly int MaxCases = 60;

    public IReadOnlyList<AbsenceCase> Build(SimEmployee employee, DateOnly horizon)
    {
        var random = SimRandom.For(world.Seed, SimStream.Absence, employee.Index);
        var main = employee.MainEmployment;
        DateOnly? employmentEnd = employee.LeaveDay is { } leave ? world.DateOf(leave) : main.End;
        var cursor = Max(main.Start, world.StartDate.AddDays(-730));
        var meanGap = random.Chance(0.15) ? 90.0 : 300.0;
        var prefix = SimGuid.EmployeePrefix(world.Seed, employee.Index);
        var cases = new List<AbsenceCase>();
        AbsenceCase? previous = null;
        for (var ordinal = 0; ordinal < MaxCases; ordinal++)
        {
            var begin = cursor.AddDays(random.NextGapDays(meanGap));
            if (begin > horizon.AddDays(61) || (employmentEnd is { } end && begin >= end))
            {
                break;
            }
            var absence = Draw(random, employee, ordinal, prefix, begin, employmentEnd, previous);
            cases.Add(absence);
            if (absence.DeletedOn is null)
            {
                previous = absence;
            }
            cursor = absence.LastDate;
        }
        return cases;
    }

    private AbsenceCase Draw(SimRandom random, SimEmployee employee, int ordinal, uint prefix, DateOnly begin,
        DateOnly? employmentEnd, AbsenceCase? previous)
    {
        var person = employee.Person;
        var age = (begin.DayNumber - person.Geboortedatum.DayNumber) / 365;
        var typeRoll = random.NextDouble();
        var canBePregnant = person.Geslacht == "Vrouw" && age is >= 20 and <= 44;
        var type = canBePregnant && typeRoll < 0.05 ? AbsenceCodes.PregnancyLeave
            : canBePregnant && typeRoll < 0.08 ? AbsenceCodes.PregnancySickness
            : AbsenceCodes.Sickness;

        DateOnly? expectedBirth = null;
        DateOnly? actualBirth = null;
        DateTime? birthRegisteredAt = null;
        int duration;
        DateOnly reportDate;
        if (type == AbsenceCodes.PregnancyLeave)
        {
            expectedBirth = begin.AddDays(42);
            actualBirth = expectedBirth.Value.AddDays(random.Next(-14, 11));
            birthRegisteredAt = random.MomentOn(actualBirth.Value.AddDays(random.Next(1, 8)));
            duration = Math.Max(112, actualBirth.Value.AddDays(70).DayNumber - begin.DayNumber);
            reportDate = begin.AddDays(-random.Next(14, 61));
        }
        else
        {
            duration = type == AbsenceCodes.PregnancySickness ? random.Next(5, 61) : SicknessDuration(random);
            reportDate = begin.AddDays(random.Chance(0.7) ? 0 : random.Next(1, 4));
        }
        var reportedAt = random.MomentOn(reportDate);
        var meldingGuid = SimGuid.Create(prefix, (ushort)ordinal, (ushort)(0x4000 | random.Next(0x800)), random);
        var phases = new List<AbsencePhase> { Phase(random, prefix, ordinal, 0, begin, 0, reportedAt) };
        var closures = new List<AbsenceClosure>();
        var recovery = begin.AddDays(duration);

        DateOnly? deletedOn = null;
        DateOnly? wrongBegin = null;
        DateTime? correctedAt = null;
        var isSickness = type == AbsenceCodes.Sickness;
        if (isSickness && random.Chance(0.02))
        {
            deletedOn = reportDate.AddDays(random.Next(1, 4));
        }
        else if (isSickness && random.Chance(0.08))
        {
            wrongBegin = begin.AddDays(random.Next(1, 4));
            correctedAt = random.MomentOn(reportDate.AddDays(random.Next(1, 7)));
        }

        var lastDate = deletedOn ?? recovery;
        if (deletedOn is null)
        {
            if (duration >= 14 && random.Chance(0.4))
            {
                var first = begin.AddDays((int)(duration * (0.3 + (random.NextDouble() * 0.3))));
                phases.Add(Phase(random, prefix, ordinal, 1, first, random.Pick([25, 40, 50]), random.MomentOn(first)));
                var second = first.AddDays(random.Next(1, Math.Max(2, recovery.DayNumber - first.DayNumber)));
                if (random.Chance(0.3) && second < recovery)
                {
                    phases.Add(Phase(random, prefix, ordinal, 2, second, random.Pick([60, 75, 80]), random.MomentOn(second)));
                }
            }
            var (code, text) = type == AbsenceCodes.PregnancyLeave
                ? (AbsenceCodes.LeaveEnded, AbsenceCodes.LeaveEndedText)
                : (AbsenceCodes.Recovered, AbsenceCodes.RecoveredText);
            lastDate = Close(random, closures, phases, recovery, employmentEnd, code, text);
            if (isSickness && closures[^1].ReasonCode == AbsenceCodes.Recovered && random.Chance(0.04))
            {
                var reopen = lastDate.AddDays(random.Next(1, 9));
                if (employmentEnd is not { } end || reopen < end)
                {
                    var reopenedAt = random.MomentOn(reopen);
                    closures.Add(new AbsenceClosure(true, reopen, reopenedAt, null, null));
                    phases.Add(Phase(random, prefix, ordinal, phases.Count, reopen, 0, reopenedAt));
                    lastDate = Close(random, closures, phases, reopen.AddDays(random.Next(3, 31)), employmentEnd,
                        AbsenceCodes.Recovered, AbsenceCodes.RecoveredText);
                }
            }
        }

        var reason = Reason(random, type, employee.NoRisk);
        var gesim = previous is not null && previous.Type != AbsenceCodes.PregnancyLeave && type != AbsenceCodes.PregnancyLeave
            && begin.DayNumber - previous.LastDate.DayNumber < 28
            ? previous.GesimBegin
            : begin;
        var inCare = isSickness && duration > 3 && random.Chance(0.03);
        return new AbsenceCase
        {
            Ordinal = ordinal,
            MeldingGuid = meldingGuid,
            VerzuimId = checked(((employee.Index + 1) * 64) + ordinal),
            Type = type,
            Begin = begin,
            GesimBegin = gesim,
            ReportDate = reportDate,
            ReportedAt = reportedAt,
            Phases = phases,
            Closures = closures,
            WrongBegin = wrongBegin,
            CorrectedAt = correctedAt,
            DeletedOn = deletedOn,
            ExpectedBirth = expectedBirth,
            ActualBirth = actualBirth,
            BirthRegisteredAt = birthRegisteredAt,
            MultipleBirth = type == AbsenceCodes.PregnancyLeave && random.Chance(0.02),
            ReasonCode = reason?.Code,
            Reason = reason?.Text,
            SafetyNet = reason?.SafetyNet ?? false,
            PresentFirstDay = isSickness && random.Chance(0.2) ? 1 : 0,
            Remark = random.Chance(0.1) ? random.Pick(DutchNames.Remarks) : null,
            CareName = inCare ? random.Pick(DutchPlaces.Hospitals) : null,
            CareAddress = inCare ? AddressGenerator.For(world.Seed, -1 - employee.Index, ordinal) : null,
            LastDate = lastDate,
        };
    }

    /// <summary>Adds a closing on <paramref name="recovery"/>, or on the leaving date when that comes first.</summary>
    private static DateOnly Close(SimRandom random, List<AbsenceClosure> closures, List<AbsencePhase> phases,
        DateOnly recovery, DateOnly? employmentEnd, string code, string text)
    {
        if (employmentEnd is { } end && recovery > end)
        {
            phases.RemoveAll(p => p.Ordinal > 0 && p.From >= end);
            closures.Add(new AbsenceClosure(false, end, random.MomentOn(end), AbsenceCodes.LeftEmployment, AbsenceCodes.LeftEmploymentText));
            return end;
        }
        var registered = random.MomentOn(recovery.AddDays(random.Chance(0.8) ? 0 : random.Next(1, 4)));
        closures.Add(new AbsenceClosure(false, recovery, registered, code, text));
        return recovery;
    }

    private static (string Code, string Text, bool SafetyNet)? Reason(SimRandom random, string type, bool noRisk)
    {
        var roll = random.NextDouble();
        return type switch
        {
            AbsenceCodes.PregnancySickness => AbsenceCodes.Reasons[0],
            AbsenceCodes.PregnancyLeave => null,
            _ when noRisk => AbsenceCodes.Reasons[1],
            _ when roll < 0.005 => AbsenceCodes.Reasons[2],
            _ when roll < 0.08 => AbsenceCodes.Reasons[3],
            _ when roll < 0.12 => AbsenceCodes.Reasons[4],
            _ => null,
        };
    }

    private static int SicknessDuration(SimRandom random)
    {
        var roll = random.NextDouble();
        return roll < 0.55 ? random.Next(1, 6)
            : roll < 0.85 ? random.Next(6, 43)
            : roll < 0.98 ? random.Next(43, 366)
            : random.Next(366, 700);
    }

    private static AbsencePhase Phase(SimRandom random, uint prefix, int ordinal, int phase, DateOnly from, int percentage, DateTime createdAt) =>
        new(phase, SimGuid.Create(prefix, (ushort)ordinal, (ushort)(0x4800 | phase), random), from, percentage, createdAt);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

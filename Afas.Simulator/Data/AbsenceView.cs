namespace Afas.Simulator.Data;

/// <summary>A melding as registered on a given day: which verloop records exist and what they say.</summary>
internal sealed class AbsenceView
{
    private AbsenceView(AbsenceCase absence, DateOnly today)
    {
        Case = absence;
        var corrected = absence.CorrectedAt is { } at && DateOnly.FromDateTime(at) <= today;
        Begin = absence.WrongBegin is { } wrong && !corrected ? wrong : absence.Begin;
        GesimBegin = absence.GesimBegin == absence.Begin ? Begin : absence.GesimBegin;
        var modified = absence.ReportedAt;
        if (corrected)
        {
            modified = Max(modified, absence.CorrectedAt!.Value);
        }
        foreach (var closure in absence.Closures)
        {
            if (DateOnly.FromDateTime(closure.RegisteredAt) > today)
            {
                break;
            }
            Closing = closure.Reopens ? null : closure;
            LastRegisteredClosureAt = closure.RegisteredAt;
            modified = Max(modified, closure.RegisteredAt);
        }
        if (absence.BirthRegisteredAt is { } birth && DateOnly.FromDateTime(birth) <= today)
        {
            ActualBirth = absence.ActualBirth;
            modified = Max(modified, birth);
        }
        Phases = absence.Phases.Where(p => DateOnly.FromDateTime(p.CreatedAt) <= today).ToList();
        MeldingModifiedAt = modified;
        CorrectedAt = corrected ? absence.CorrectedAt : null;
    }

    public AbsenceCase Case { get; }
    public DateOnly Begin { get; }
    public DateOnly GesimBegin { get; }
    public DateOnly? ActualBirth { get; }

    /// <summary>The closing in force, or null while the melding is open.</summary>
    public AbsenceClosure? Closing { get; }

    public IReadOnlyList<AbsencePhase> Phases { get; }
    public DateTime MeldingModifiedAt { get; }
    private DateTime? LastRegisteredClosureAt { get; }
    private DateTime? CorrectedAt { get; }

    /// <summary>The melding as visible on <paramref name="today"/>, or null when not yet reported or already deleted.</summary>
    public static AbsenceView? On(AbsenceCase absence, DateOnly today) =>
        absence.ReportDate > today || (absence.DeletedOn is { } deleted && deleted <= today)
            ? null
            : new AbsenceView(absence, today);

    public DateOnly PhaseFrom(AbsencePhase phase) => phase.Ordinal == 0 ? Begin : phase.From;

    /// <summary>When a verloop record was last changed: its creation, a correction of the first, a closing of the last.</summary>
    public DateTime PhaseModifiedAt(AbsencePhase phase)
    {
        var modified = phase.CreatedAt;
        if (phase.Ordinal == 0 && CorrectedAt is { } corrected)
        {
            modified = Max(modified, corrected);
        }
        if (ReferenceEquals(phase, Phases[^1]) && LastRegisteredClosureAt is { } closed)
        {
            modified = Max(modified, closed);
        }
        return modified;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

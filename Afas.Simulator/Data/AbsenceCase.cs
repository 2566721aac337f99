namespace Afas.Simulator.Data;

/// <summary>
/// One verzuimmelding with its whole scripted course. What the connector shows on a given day is the part of the
/// script registered by then (see <see cref="AbsenceView"/>).
/// </summary>
internal sealed class AbsenceCase
{
    public required int Ordinal { get; init; }
    public required string MeldingGuid { get; init; }
    public required int VerzuimId { get; init; }
    public required string Type { get; init; }
    public required DateOnly Begin { get; init; }
    public required DateOnly GesimBegin { get; init; }
    public required DateOnly ReportDate { get; init; }
    public required DateTime ReportedAt { get; init; }
    public required IReadOnlyList<AbsencePhase> Phases { get; init; }
    public required IReadOnlyList<AbsenceClosure> Closures { get; init; }

    /// <summary>The begin date as first (wrongly) registered, until <see cref="CorrectedAt"/>.</summary>
    public DateOnly? WrongBegin { get; init; }
    public DateTime? CorrectedAt { get; init; }

    /// <summary>The day the melding is removed as entered by mistake.</summary>
    public DateOnly? DeletedOn { get; init; }

    public DateOnly? ExpectedBirth { get; init; }
    public DateOnly? ActualBirth { get; init; }
    public DateTime? BirthRegisteredAt { get; init; }
    public bool MultipleBirth { get; init; }
    public string? ReasonCode { get; init; }
    public string? Reason { get; init; }
    public bool SafetyNet { get; init; }
    public int PresentFirstDay { get; init; }
    public string? Remark { get; init; }
    public SimAddress? CareAddress { get; init; }
    public string? CareName { get; init; }

    /// <summary>Last date the script touches (final recovery or deletion): the next melding starts after it.</summary>
    public required DateOnly LastDate { get; init; }
}

/// <summary>A verzuimverloop record: from <see cref="From"/> the employee is present for <see cref="Percentage"/>%.</summary>
internal sealed record AbsencePhase(int Ordinal, string Guid, DateOnly From, int Percentage, DateTime CreatedAt);

/// <summary>A closing (hervatting) or a reopening of the melding, effective when registered.</summary>
internal sealed record AbsenceClosure(bool Reopens, DateOnly Date, DateTime RegisteredAt, string? ReasonCode, string? Reason);

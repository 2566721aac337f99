namespace Afas.Simulator.Data;

/// <summary>A dienstverband with its contracts. <see cref="End"/> is a fixed end in the past; leaving is scheduled on the employee.</summary>
internal sealed record SimEmployment(
    int Number,
    DateOnly Start,
    DateOnly? End,
    bool IsMain,
    IReadOnlyList<SimContract> Contracts,
    string Function,
    string CostCentreCode,
    string CostCentreDescription,
    decimal HoursPerWeek,
    bool HasDayRoster,
    int RosterSequence,
    DateOnly RosterDate,
    DateOnly SalaryDate);

/// <summary>A contract within a dienstverband.</summary>
internal sealed record SimContract(int Number, DateOnly Start, DateOnly? End, string Type);

namespace Afas.Simulator.Data;

/// <summary>
/// One synthetic employee, derived from (seed, index). Day-dependent facts (department after a move, announced
/// leaving date, new address, new bank account, new roster) are scheduled as day numbers relative to the start
/// date, so the state on any simulated day is a pure function of that day.
/// </summary>
internal sealed class SimEmployee
{
    public required int Index { get; init; }
    public required string Guid { get; init; }
    public required string Personeelsnummer { get; init; }
    public required string Bsn { get; init; }
    public required SimPerson Person { get; init; }
    public required int EmployerIndex { get; init; }
    public required int HomeUnit { get; init; }
    public required IReadOnlyList<SimEmployment> Employments { get; init; }

    /// <summary>Day the employee first appears (hire day for later hires, int.MinValue for the initial workforce).</summary>
    public required int FirstDay { get; init; }

    public bool IsManager { get; init; }
    public bool NoRisk { get; init; }
    public int? MoveDay { get; init; }
    public int MoveToUnit { get; init; }
    public int? LeaveDay { get; init; }
    public int LeaveNoticeDays { get; init; }
    public int AddressChangeDay { get; init; }
    public int BankChangeDay { get; init; }
    public int RosterChangeDay { get; init; }
    public decimal RosterChangeHours { get; init; }

    public SimEmployment MainEmployment => Employments.First(e => e.IsMain);

    public int UnitOn(int day) => MoveDay is { } move && day >= move ? MoveToUnit : HomeUnit;

    /// <summary>The leaving date once it has been registered (notice days before it), else null.</summary>
    public int? AnnouncedLeaveDay(int day) => LeaveDay is { } leave && day >= leave - LeaveNoticeDays ? leave : null;
}

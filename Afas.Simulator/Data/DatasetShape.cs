namespace Afas.Simulator.Data;

/// <summary>How big each part of the synthetic world is for a given number of employees.</summary>
internal sealed class DatasetShape
{
    public const int MinEmployees = 10;
    public const int MaxEmployees = 1_000_000;

    /// <summary>Organigram branching: unit j's parent is unit (j - 1) / Branching within its employer.</summary>
    public const int Branching = 6;

    public DatasetShape(int employees)
    {
        if (employees is < MinEmployees or > MaxEmployees)
        {
            throw new ArgumentOutOfRangeException(nameof(employees), employees,
                $"The simulator serves {MinEmployees} to {MaxEmployees} employees.");
        }
        InitialEmployees = employees;
        EmployerCount = Math.Clamp(1 + (int)Math.Log10(employees), 2, 7);
        UnitsPerEmployer = Math.Max(2, employees / (25 * EmployerCount));
        UnitCodeWidth = Math.Max(4, (UnitsPerEmployer - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        HiresPer1000Days = Math.Max(200, employees * 2 / 5);
    }

    public int InitialEmployees { get; }

    public int EmployerCount { get; }

    /// <summary>Active organisation units per employer, its root included.</summary>
    public int UnitsPerEmployer { get; }

    public int ActiveUnitCount => EmployerCount * UnitsPerEmployer;

    /// <summary>Ended units: one "Z_Hist" root plus one per employer below it.</summary>
    public int HistoricUnitCount => 1 + EmployerCount;

    public int UnitCodeWidth { get; }

    /// <summary>New hires per 1000 simulated days (0.04% of the workforce a day, at least one every five days).</summary>
    public int HiresPer1000Days { get; }

    /// <summary>Employees that exist on simulated day <paramref name="dayNumber"/> (0 = start date): the initial ones plus hires so far.</summary>
    public int EmployeesOn(int dayNumber) =>
        dayNumber <= 0 ? InitialEmployees : checked(InitialEmployees + (int)((((long)dayNumber * HiresPer1000Days) + 999) / 1000));

    /// <summary>Day number on which an employee with index &gt;= InitialEmployees is hired.</summary>
    public int HireDay(int employeeIndex) =>
        1 + (int)((employeeIndex - (long)InitialEmployees) * 1000 / HiresPer1000Days);

    public bool IsManager(int employeeIndex) => employeeIndex < ActiveUnitCount;
}

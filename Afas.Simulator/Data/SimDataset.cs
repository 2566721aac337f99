namespace Afas.Simulator.Data;

/// <summary>The world plus the derivations on it; everything here is immutable and thread-safe.</summary>
internal sealed class SimDataset
{
    public SimDataset(long seed, int employees, DateOnly startDate)
    {
        World = new SimWorld(seed, employees, startDate);
        Employees = new EmployeeFactory(World);
        Absences = new AbsenceScriptGenerator(World);
    }

    public SimWorld World { get; }

    public EmployeeFactory Employees { get; }

    public AbsenceScriptGenerator Absences { get; }

    public long Seed => World.Seed;

    public DateOnly DateOf(int day) => World.DateOf(day);
}

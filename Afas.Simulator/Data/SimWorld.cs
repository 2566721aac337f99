namespace Afas.Simulator.Data;

/// <summary>The fixed parameters every derived fact depends on: seed, size and the simulated start date.</summary>
internal sealed class SimWorld
{
    public SimWorld(long seed, int employees, DateOnly startDate)
    {
        Seed = seed;
        StartDate = startDate;
        Shape = new DatasetShape(employees);
        Employers = EmployerGenerator.Create(this);
        OrgChart = new OrgChart(this);
    }

    public long Seed { get; }

    public DateOnly StartDate { get; }

    public DatasetShape Shape { get; }

    public IReadOnlyList<SimEmployer> Employers { get; }

    public OrgChart OrgChart { get; }

    public DateOnly DateOf(int dayNumber) => StartDate.AddDays(dayNumber);

    public int DayNumberOf(DateOnly date) => date.DayNumber - StartDate.DayNumber;
}

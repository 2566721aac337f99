using System.Globalization;

namespace Afas.Simulator.Data;

/// <summary>
/// The organigram: per employer a tree of active units (a <see cref="DatasetShape.Branching"/>-ary heap below the
/// employer's root, codes "01-0000", "01-0001", ...), then the ended units "Z_Hist" and "Z_Hist_01", ... below it.
/// Active unit g is managed by employee g, so managers exist without storing anything.
/// </summary>
internal sealed class OrgChart(SimWorld world)
{
    public const string HistoricRootCode = "Z_Hist";

    public int UnitCount => world.Shape.ActiveUnitCount + world.Shape.HistoricUnitCount;

    public SimUnit Unit(int index)
    {
        var shape = world.Shape;
        var random = SimRandom.For(world.Seed, SimStream.Unit, index);
        var begin = new DateOnly(2010 + random.Next(10), 1, 1);
        if (index >= shape.ActiveUnitCount)
        {
            var historic = index - shape.ActiveUnitCount;
            var ended = world.StartDate.AddDays(-random.Next(400, 2000));
            return historic == 0
                ? new SimUnit(index, 0, HistoricRootCode, "Historische afdelingen", 1, null, -1, begin, ended)
                : new SimUnit(index, historic - 1, string.Create(CultureInfo.InvariantCulture, $"{HistoricRootCode}_{historic:D2}"),
                    $"Opgeheven afdeling {historic}", 2, HistoricRootCode, shape.ActiveUnitCount, begin, ended);
        }
        var employer = index / shape.UnitsPerEmployer;
        var ordinal = index % shape.UnitsPerEmployer;
        var employerCode = world.Employers[employer].Code;
        var description = ordinal == 0
            ? world.Employers[employer].Name
            : DepartmentName(ordinal, random);
        var parentOrdinal = ordinal == 0 ? -1 : (ordinal - 1) / DatasetShape.Branching;
        var parentIndex = parentOrdinal < 0 ? -1 : (employer * shape.UnitsPerEmployer) + parentOrdinal;
        return new SimUnit(index, employer, CodeOf(employerCode, ordinal), description, LevelOf(ordinal),
            parentOrdinal < 0 ? null : CodeOf(employerCode, parentOrdinal), parentIndex, begin, null);
    }

    /// <summary>Active unit index that employee managers report to: the parent of <paramref name="unitIndex"/>, or -1 at a root.</summary>
    public int ParentOf(int unitIndex)
    {
        var ordinal = unitIndex % world.Shape.UnitsPerEmployer;
        return ordinal == 0 ? -1 : unitIndex - ordinal + ((ordinal - 1) / DatasetShape.Branching);
    }

    private string CodeOf(string employerCode, int ordinal) =>
        employerCode + "-" + ordinal.ToString("D" + world.Shape.UnitCodeWidth.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int LevelOf(int ordinal)
    {
        var level = 1;
        while (ordinal > 0)
        {
            ordinal = (ordinal - 1) / DatasetShape.Branching;
            level++;
        }
        return level;
    }

    private static string DepartmentName(int ordinal, SimRandom random)
    {
        var name = random.Pick(DutchNames.DepartmentNames);
        return string.Create(CultureInfo.InvariantCulture, $"{name} {ordinal}");
    }
}

using System.Globalization;
using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>Newdays_Connect_Organigram_v1: one row per organisation unit, ended units included.</summary>
internal sealed class OrganigramTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.Organigram,
[
    SimField.Date("Begindatum_organigram"), SimField.Date("Einddatum_organigram"), SimField.Text("Org._eenheid"),
    SimField.Text("Org._eenheid_omschrijving"), SimField.Text("Laag"), SimField.Text("Bovenliggende_org._eenheid"),
], ["Org._eenheid"])
{
    public override int GroupCount(int day) => Dataset.World.OrgChart.UnitCount;

    public override int CountRows(int group, int day) => 1;

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var unit = Dataset.World.OrgChart.Unit(group);
        rows.Add([unit.BeginDate, unit.EndDate, unit.Code, unit.Description,
            unit.Level.ToString(CultureInfo.InvariantCulture), unit.ParentCode]);
    }
}

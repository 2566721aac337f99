using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>Newdays_Connect_Werkgevers_v1: one row per employer.</summary>
internal sealed class WerkgeversTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.Werkgevers,
[
    SimField.Text("Werkgeverscode"), SimField.Text("Werkgeversnaam"), SimField.Text("Straatnaam"),
    SimField.Integer("Huisnummer"), SimField.Text("Huisnummer_toevoeging"), SimField.Text("Postcode"),
    SimField.Text("Woonplaats"), SimField.Text("Land"),
], ["Werkgeverscode"])
{
    public override int GroupCount(int day) => Dataset.World.Employers.Count;

    public override int CountRows(int group, int day) => 1;

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var employer = Dataset.World.Employers[group];
        var a = employer.Address;
        rows.Add([employer.Code, employer.Name, a.Street, a.HouseNumber, a.Addition, a.Postcode, a.City, a.Country]);
    }
}

using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>
/// Newdays_Connect_Accounts_Autorisaties_v1: per active unit its manager and, for some units, the manager one level
/// up as well (more than one leidinggevende per re-integratiedossier).
/// </summary>
internal sealed class AccountsAutorisatiesTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.AccountsAutorisaties,
[
    SimField.Date("Einddatum_organigram"), SimField.Text("Org._eenheid"), SimField.Text("Org._eenheid_omschrijving"),
    SimField.Text("Leidinggevende_Guid"), SimField.Text("Leidinggevende_Code"), SimField.Text("Leidinggevende_Roepnaam"),
    SimField.Text("Leidinggevende_Voorletters"), SimField.Text("Leidinggevende_Voorvoegsel"),
    SimField.Text("Leidinggevende_Achternaam"), SimField.Text("Leidinggevende_Geslacht_code"),
    SimField.Text("Leidinggevende_Mob._werk"), SimField.Text("Leidinggevende_Mail_werk"),
], ["Org._eenheid", "Leidinggevende_Guid"])
{
    public override int GroupCount(int day) => Dataset.World.Shape.ActiveUnitCount;

    public override int CountRows(int group, int day) => Managers(group).Count;

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var unit = Dataset.World.OrgChart.Unit(group);
        foreach (var managerIndex in Managers(group))
        {
            var manager = Dataset.Employees.Create(managerIndex);
            var person = manager.Person;
            var gender = person.Geslacht switch { "Man" => "M", "Vrouw" => "V", _ => "O" };
            rows.Add([unit.EndDate, unit.Code, unit.Description, manager.Guid, manager.Personeelsnummer, person.Roepnaam,
                person.Voorletters, person.Voorvoegsel, person.Achternaam, gender, person.MobielWerk, person.EmailWerk]);
        }
    }

    /// <summary>Manager indices of a unit, in GUID order (GUIDs follow the employee index).</summary>
    private List<int> Managers(int unit)
    {
        var parent = Dataset.World.OrgChart.ParentOf(unit);
        var alsoParent = parent >= 0 && SimRandom.For(Dataset.Seed, SimStream.Account, unit).Chance(0.15);
        return alsoParent ? [parent, unit] : [unit];
    }
}

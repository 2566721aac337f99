using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>Newdays_Connect_Medewerker_IBAN_v1: one row per employee.</summary>
internal sealed class MedewerkerIbanTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.MedewerkerIban,
    [SimField.Text("IBAN-nummer"), SimField.Text("BIC-code"), SimField.Text("GUID")], ["GUID"])
{
    public override int GroupCount(int day) => Dataset.World.Shape.EmployeesOn(day);

    public override int CountRows(int group, int day) => 1;

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var employee = Dataset.Employees.Create(group);
        var version = day >= employee.BankChangeDay ? 1 : 0;
        var (iban, bic) = IbanGenerator.Generate(SimRandom.For(Dataset.Seed, SimStream.Bank, group, version));
        rows.Add([iban, bic, employee.Guid]);
    }
}

using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>Newdays_Connect_Medewerker_Gegevens_v1: one row per employee, dienstverband and contract.</summary>
internal sealed class MedewerkerGegevensTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.MedewerkerGegevens,
[
    SimField.Text("Personeelsnummer"), SimField.Text("GUID"), SimField.Text("BSN"), SimField.Text("Voorletters"),
    SimField.Text("Roepnaam"), SimField.Text("Voorvoegsel"), SimField.Text("Achternaam"),
    SimField.Text("Voorvoegsel_partner"), SimField.Text("Geb.naam_partner"), SimField.Text("Voorkeurshantering"),
    SimField.Text("Geslacht"), SimField.Date("Geboortedatum"), SimField.Text("Straatnaam"), SimField.Integer("Huisnummer"),
    SimField.Text("Huisnummer_toevoeging"), SimField.Text("Postcode"), SimField.Text("Woonplaats"), SimField.Text("Land"),
    SimField.Text("Telefoonnr._prive"), SimField.Text("Mobiel_prive"), SimField.Text("E-mail_prive"),
    SimField.Text("Mobiel_werk"), SimField.Text("E-mail_werk"), SimField.Text("Werkgeverscode"),
    SimField.Integer("Dienstverbandnummer"), SimField.Integer("Contractnummer"), SimField.Text("Afdelingscode"),
    SimField.Text("Afdelingsnaam"), SimField.Text("Kostenplaatscode"), SimField.Text("Kostenplaatsomschrijving"),
    SimField.Date("Datum_start_dvb"), SimField.Date("Einddatum_contract"), SimField.Date("Datum_eind_dvb"),
    SimField.Text("Functie"), SimField.Text("Type_contract"), SimField.Decimal("FTE"), SimField.Decimal("Uren_per_week"),
    SimField.Date("Mutatiedatum_Rooster"), SimField.Date("Mutatiedatum_OE"), SimField.Date("Mutatiedatum_salaris"),
    SimField.Text("Leidinggevende_code"), SimField.Text("Leidinggevende_guid"), SimField.Integer("Volgnummer_rooster"),
    SimField.Decimal("Uren_Zo"), SimField.Decimal("Uren_Ma"), SimField.Decimal("Uren_Di"), SimField.Decimal("Uren_Wo"),
    SimField.Decimal("Uren_Do"), SimField.Decimal("Uren_Vr"), SimField.Decimal("Uren_Za"), SimField.Text("Voorv._geb.naam"),
], ["GUID", "Dienstverbandnummer", "Contractnummer"])
{
    public override int GroupCount(int day) => Dataset.World.Shape.EmployeesOn(day);

    public override int CountRows(int group, int day) =>
        Dataset.Employees.Create(group).Employments.Sum(e => e.Contracts.Count);

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var world = Dataset.World;
        var employee = Dataset.Employees.Create(group);
        var person = employee.Person;
        var employer = world.Employers[employee.EmployerIndex];
        var address = AddressGenerator.For(Dataset.Seed, employee.Index, day >= employee.AddressChangeDay ? 1 : 0);
        var leaveDay = employee.AnnouncedLeaveDay(day);
        DateOnly? leaveDate = leaveDay is { } l ? world.DateOf(l) : null;
        foreach (var employment in employee.Employments)
        {
            var unitIndex = employment.IsMain ? employee.UnitOn(day) : employee.HomeUnit;
            var unit = world.OrgChart.Unit(unitIndex);
            var movedOn = employment.IsMain && employee.MoveDay is { } move && day >= move ? world.DateOf(move) : (DateOnly?)null;
            var managerIndex = unitIndex == employee.Index ? world.OrgChart.ParentOf(unitIndex) : unitIndex;
            var rosterChanged = employment.IsMain && day >= employee.RosterChangeDay;
            var hours = rosterChanged ? employee.RosterChangeHours : employment.HoursPerWeek;
            var rosterDate = rosterChanged ? world.DateOf(employee.RosterChangeDay) : employment.RosterDate;
            var dayHours = employment.HasDayRoster ? DayHours(hours) : new decimal?[7];
            var employmentEnd = employment.End ?? leaveDate;
            foreach (var contract in employment.Contracts)
            {
                rows.Add(
                [
                    employee.Personeelsnummer, employee.Guid, employee.Bsn, person.Voorletters, person.Roepnaam,
                    person.Voorvoegsel, person.Achternaam, person.VoorvoegselPartner, person.GeboortenaamPartner,
                    person.Voorkeurshantering, person.Geslacht, person.Geboortedatum, address.Street, address.HouseNumber,
                    address.Addition, address.Postcode, address.City, address.Country, person.TelefoonPrive,
                    person.MobielPrive, person.EmailPrive, person.MobielWerk, person.EmailWerk, employer.Code,
                    employment.Number, contract.Number, unit.Code, unit.Description, employment.CostCentreCode,
                    employment.CostCentreDescription, employment.Start, contract.End ?? employmentEnd, employmentEnd,
                    employment.Function, contract.Type, Math.Round(hours / employer.FullTimeHours, 4), hours,
                    rosterDate, movedOn ?? employment.Start, employment.SalaryDate,
                    managerIndex < 0 ? null : EmployeeFactory.PersoneelsnummerOf(managerIndex),
                    managerIndex < 0 ? null : Dataset.Employees.GuidOf(managerIndex),
                    employment.RosterSequence + (rosterChanged ? 1 : 0),
                    dayHours[6], dayHours[0], dayHours[1], dayHours[2], dayHours[3], dayHours[4], dayHours[5],
                    person.VoorvoegselGeboortenaam,
                ]);
            }
        }
    }

    /// <summary>Hours Monday..Sunday (index 0..6): spread over three, four or five weekdays, weekend zero.</summary>
    private static decimal?[] DayHours(decimal weekly)
    {
        var days = weekly <= 24 ? 3 : weekly <= 32 ? 4 : 5;
        var perDay = Math.Round(weekly / days, 2);
        var result = new decimal?[7];
        for (var i = 0; i < 7; i++)
        {
            result[i] = i < days ? perDay : 0m;
        }
        return result;
    }
}

using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>Newdays_Connect_Verzuim_v1: one row per verzuimverloop record of every visible melding.</summary>
internal sealed class VerzuimTable(SimDataset dataset) : SimTable(dataset, ConnectorIds.Verzuim,
[
    SimField.Text("Werkgevercode"), SimField.Text("Personeelsnummer"), SimField.Integer("Dienstverbandnummer"),
    SimField.Text("Guid_medewerker"), SimField.Text("Type"), SimField.Date("Begin"), SimField.Date("Datum_ziekmelding"),
    SimField.Text("Reden_verzuim_code"), SimField.Text("Reden_verzuim"), SimField.Integer("Aanwezig_eerste_dag"),
    SimField.Date("Gesim._begin_doorl._verzuim"), SimField.Date("Datum_hervatting"),
    SimField.Date("Vermoedelijke_bevallingsdatum"), SimField.Date("Werkelijke_bevallingsdatum"),
    SimField.Date("Datum_deelherstel"), SimField.Text("Opmerking"), SimField.Text("Guid_verzuimmelding"),
    SimField.Text("Reden_afsluiten_code"), SimField.Text("Reden_afsluiten_omschrijving"),
    SimField.Integer("Aanwezigheidspercentage"), SimField.Text("Verpleegadres_Naam"), SimField.Text("Verpleegadres_Straat"),
    SimField.Integer("Verpleegadres_Huisnr."), SimField.Text("Verpleegadres_Toev._aan_huisnr."),
    SimField.Text("Verpleegadres_Pstcd."), SimField.Text("Verpleegadres_Plaats"), SimField.Text("Verpleegadres_Land"),
    SimField.Text("GUID_verzuimverloop"), SimField.DateTime("Verloop_Gewijzigd_Op"), SimField.DateTime("Melding_Gewijzigd_Op"),
    SimField.Integer("VerzuimId"), SimField.Boolean("Meerling"), SimField.Date("Datum_herstelmelding"),
    SimField.Date("Begindatum_voor_contract"), SimField.Boolean("Vangnetregeling"),
], ["Guid_verzuimmelding", "GUID_verzuimverloop"])
{
    public override bool GroupSizesChangeOverTime => true;

    public override int GroupCount(int day) => Dataset.World.Shape.EmployeesOn(day);

    public override int CountRows(int group, int day)
    {
        var today = Dataset.DateOf(day);
        var count = 0;
        foreach (var absence in Dataset.Absences.Build(Dataset.Employees.Create(group), today))
        {
            count += AbsenceView.On(absence, today)?.Phases.Count ?? 0;
        }
        return count;
    }

    public override void AddRows(int group, int day, List<object?[]> rows)
    {
        var today = Dataset.DateOf(day);
        var employee = Dataset.Employees.Create(group);
        var employerCode = Dataset.World.Employers[employee.EmployerIndex].Code;
        var employmentNumber = employee.MainEmployment.Number;
        foreach (var absence in Dataset.Absences.Build(employee, today))
        {
            if (AbsenceView.On(absence, today) is not { } view)
            {
                continue;
            }
            var care = absence.CareAddress;
            var closing = view.Closing;
            foreach (var phase in view.Phases)
            {
                rows.Add(
                [
                    employerCode, employee.Personeelsnummer, employmentNumber, employee.Guid, absence.Type, view.Begin,
                    absence.ReportDate, absence.ReasonCode, absence.Reason, absence.PresentFirstDay, view.GesimBegin,
                    closing?.Date, absence.ExpectedBirth, view.ActualBirth, view.PhaseFrom(phase), absence.Remark,
                    absence.MeldingGuid, closing?.ReasonCode, closing?.Reason, phase.Percentage, absence.CareName,
                    care?.Street, care?.HouseNumber, care?.Addition, care?.Postcode, care?.City, care?.Country,
                    phase.Guid, view.PhaseModifiedAt(phase), view.MeldingModifiedAt, absence.VerzuimId,
                    absence.MultipleBirth, closing is null ? null : DateOnly.FromDateTime(closing.RegisteredAt), null,
                    absence.SafetyNet,
                ]);
            }
        }
    }
}

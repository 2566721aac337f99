using Gateway.Afas.Rows;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>
/// Field-level fault isolation: a value that cannot be read stops only the messages that read its field (uitval naming
/// the field and record); every other message made from the row is sent with a note, and records that depend on the row
/// (the absences of an employee) are not dropped.
/// </summary>
public class FieldProblemTests
{
    [Fact]
    public async Task A_bad_value_in_a_field_no_message_reads_sends_every_message_with_a_note_and_keeps_the_absences()
    {
        var harness = await Harness.CreateAsync();
        var employee = RowText.With(TestRows.Employee(), MedewerkerGegevensFields.Uren_Zo, "veel");
        var absence = TestRows.Absence();

        var result = await EmployeeAndAbsenceAsync(harness, employee, absence);

        Assert.Empty(result.Failures);
        Assert.Equal([SiviMessageTypes.Dienstverbanden, SiviMessageTypes.Verzuimmeldingen], result.Messages.Select(m => m.MessageName).Order());
        Assert.Equal(2, result.Notes.Count);
        Assert.All(result.Notes, n => Assert.Equal(MedewerkerGegevensFields.Uren_Zo, n.Field));
        var onAbsence = Assert.Single(result.Notes, n => n.Connector == AfasConnectorIds.Verzuim);
        Assert.Equal(absence.Key.Value, onAbsence.RecordKey);
        Assert.Equal($"is not a number (Medewerker_Gegevens {employee.Key}); not used by Verzuimmeldingen, which was sent", onAbsence.Reason);
        Assert.DoesNotContain("veel", string.Join(' ', result.Notes.Select(n => n.Reason)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_in_a_field_one_message_type_reads_is_uitval_for_that_type_only()
    {
        // 2025: Dienstverbanden carries IngdatMut (from the mutation dates), Verzuimmeldingen no longer does
        var harness = await Harness.CreateAsync("2025");
        var employee = RowText.With(TestRows.Employee(), MedewerkerGegevensFields.Mutatiedatum_OE, "1 juli 2021");
        var absence = TestRows.Absence();

        var result = await EmployeeAndAbsenceAsync(harness, employee, absence);

        var failure = Assert.Single(result.Failures);
        Assert.Equal((AfasConnectorIds.MedewerkerGegevens, employee.Key.Value, MedewerkerGegevensFields.Mutatiedatum_OE),
            (failure.Connector, failure.RecordKey, failure.Field));
        Assert.Equal($"is not a date (Medewerker_Gegevens {employee.Key}); Dienstverbanden needs it", failure.Reason);
        var message = Assert.Single(result.Messages);
        Assert.Equal(SiviMessageTypes.Verzuimmeldingen, message.MessageName);
        var note = Assert.Single(result.Notes);
        Assert.Equal((AfasConnectorIds.Verzuim, MedewerkerGegevensFields.Mutatiedatum_OE), (note.Connector, note.Field));
    }

    [Fact]
    public async Task In_one_run_a_bad_carried_field_is_logged_uitval_for_its_type_only_and_a_bad_unrelated_field_a_logged_note()
    {
        // 2025: Dienstverbanden carries IngdatMut (Mutatiedatum_OE), Verzuimmeldingen does not; no message reads Uren_Zo
        var log = new RecordingLogger<SiviConversionService>();
        var harness = await Harness.CreateAsync("2025", logger: log);
        var employee = RowText.With(RowText.With(TestRows.Employee(), MedewerkerGegevensFields.Mutatiedatum_OE, "1 juli 2021"),
            MedewerkerGegevensFields.Uren_Zo, "veel");
        var absence = TestRows.Absence();

        var result = await EmployeeAndAbsenceAsync(harness, employee, absence);

        var failure = Assert.Single(result.Failures);
        Assert.Equal((AfasConnectorIds.MedewerkerGegevens, MedewerkerGegevensFields.Mutatiedatum_OE), (failure.Connector, failure.Field));
        Assert.EndsWith("; Dienstverbanden needs it", failure.Reason, StringComparison.Ordinal);
        // the dependant absence is sent, with a note for each problem of the employee row it does not read
        var message = Assert.Single(result.Messages);
        Assert.Equal(SiviMessageTypes.Verzuimmeldingen, message.MessageName);
        Assert.Equal([MedewerkerGegevensFields.Mutatiedatum_OE, MedewerkerGegevensFields.Uren_Zo],
            result.Notes.Where(n => n.Connector == AfasConnectorIds.Verzuim && n.RecordKey == absence.Key.Value).Select(n => n.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Notes, n => Assert.EndsWith("not used by Verzuimmeldingen, which was sent", n.Reason, StringComparison.Ordinal));

        var warnings = log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Text).ToList();
        var information = log.Entries.Where(e => e.Level == LogLevel.Information).Select(e => e.Text).ToList();
        Assert.Contains(warnings, t => t.StartsWith("Conversion uitval ", StringComparison.Ordinal) && t.Contains(MedewerkerGegevensFields.Mutatiedatum_OE, StringComparison.Ordinal));
        Assert.Contains(information, t => t.StartsWith("Conversion note ", StringComparison.Ordinal) && t.Contains(MedewerkerGegevensFields.Uren_Zo + ": is not a number", StringComparison.Ordinal));
        Assert.DoesNotContain("veel", log.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("juli", log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_in_a_field_every_message_of_the_employee_reads_is_uitval_for_each_and_names_the_employee_row()
    {
        var harness = await Harness.CreateAsync();
        var employee = RowText.With(TestRows.Employee(), MedewerkerGegevensFields.FTE, "0,9,0");

        var result = await EmployeeAndAbsenceAsync(harness, employee, TestRows.Absence());

        Assert.Empty(result.Messages);
        Assert.Equal(2, result.Failures.Count);
        Assert.All(result.Failures, f => Assert.Equal(MedewerkerGegevensFields.FTE, f.Field));
        Assert.Contains(result.Failures, f => f.Reason == $"is not a number (Medewerker_Gegevens {employee.Key}); Verzuimmeldingen needs it");
    }

    [Fact]
    public async Task The_issue_case_a_house_number_with_a_letter_as_json_string_drops_nothing()
    {
        var harness = await Harness.CreateAsync(configure: p => p.IncludeBsn = true);
        var employee = RowText.FromAfasJson<MedewerkerGegevensRow>($$"""
            {"Personeelsnummer":"1001","GUID":"{{TestRows.EmployeeGuid}}","Voorletters":"G.D.","Achternaam":"Vries","Geslacht":"Man",
             "Geboortedatum":"1962-05-01T00:00:00Z","Straatnaam":"Keizersgracht","Huisnummer":"12a","Huisnummer_toevoeging":null,
             "Postcode":"1017 ab","Woonplaats":"Amsterdam","Land":"NL","E-mail_werk":"d.vries@example.nl","Werkgeverscode":"01",
             "Dienstverbandnummer":"1","Contractnummer":1,"Afdelingscode":"TNW2M","Datum_start_dvb":"2019-01-01","FTE":"0,9",
             "Uren_per_week":"36","Leidinggevende_guid":"{{TestRows.ManagerGuid}}","Uren_Zo":""}
            """);

        var result = await EmployeeAndAbsenceAsync(harness, employee, TestRows.Absence());

        Assert.True(result.Failures.Count == 0, Harness.Describe(result));
        Assert.Empty(result.Notes);
        Assert.Empty(employee.Problems);
        var absence = Assert.Single(result.Messages, m => m.MessageName == SiviMessageTypes.Verzuimmeldingen);
        Assert.Equal(("1017AB", "12", "a"), (Harness.Value(absence, "Pc"), Harness.Value(absence, "Huisnr"), Harness.Value(absence, "HuisToev")));
        var employment = Assert.Single(result.Messages, m => m.MessageName == SiviMessageTypes.Dienstverbanden);
        Assert.Equal(("36.00", "40.00"), (Harness.Value(employment, "AantCtrcturenPWk"), Harness.Value(employment, "AantUNormWk")));
    }

    [Fact]
    public async Task A_bad_value_in_a_field_of_an_absence_is_uitval_for_its_case_and_the_other_cases_go_on()
    {
        var harness = await Harness.CreateAsync();
        var bad = RowText.With(TestRows.Absence(), VerzuimFields.Begin, "12-05-2025");
        var other = TestRows.Absence("{11111111-1111-4111-8111-111111111111}", "{22222222-2222-4222-8222-222222222222}");

        var result = await harness.NewAbsenceAsync(bad, other);

        var failure = Assert.Single(result.Failures);
        Assert.Equal((AfasConnectorIds.Verzuim, bad.Key.Value, VerzuimFields.Begin), (failure.Connector, failure.RecordKey, failure.Field));
        Assert.Equal($"is not a date (Verzuim {bad.Key}); Verzuimmeldingen needs it", failure.Reason);
        Assert.Equal("22222222-2222-4222-8222-222222222222", Harness.Absence(Assert.Single(result.Messages), "VrzmgvlId"));
    }

    [Fact]
    public async Task A_bad_value_in_a_field_of_an_absence_no_message_reads_is_a_note()
    {
        var harness = await Harness.CreateAsync();
        var absence = RowText.With(TestRows.Absence(), VerzuimFields.Aanwezig_eerste_dag, "soms");

        var result = await harness.NewAbsenceAsync(absence);

        Assert.Empty(result.Failures);
        Assert.Single(result.Messages);
        var note = Assert.Single(result.Notes);
        Assert.Equal((absence.Key.Value, VerzuimFields.Aanwezig_eerste_dag), (note.RecordKey, note.Field));
    }

    [Fact]
    public async Task A_bad_unit_date_is_uitval_for_the_employer_message_and_not_for_the_employees_in_the_unit()
    {
        var harness = await Harness.CreateAsync();
        var unit = RowText.With(TestRows.Unit("TNW2M", "HOOFD", "Techniek"), OrganigramFields.Begindatum_organigram, "2020");
        harness.Source.Put(unit);
        var manager = RowText.With(TestRows.Manager("HOOFD"), AccountAutorisatieFields.Einddatum_organigram, "nooit");
        harness.Source.Put(manager);

        var units = await harness.ConvertAsync(b => b.Organigram.Add(SourceChange.Changed(unit, [OrganigramFields.Begindatum_organigram])));
        var managers = await harness.ConvertAsync(b => b.AccountsAutorisaties.Add(SourceChange.New(manager)));
        var employees = await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(TestRows.Employee())));

        var failure = Assert.Single(units.Failures);
        Assert.Equal((AfasConnectorIds.Organigram, OrganigramFields.Begindatum_organigram), (failure.Connector, failure.Field));
        Assert.Single(managers.Messages);
        Assert.Equal(AccountAutorisatieFields.Einddatum_organigram, Assert.Single(managers.Notes).Field);
        Assert.Single(employees.Messages);
        Assert.Empty(employees.Notes);
    }

    /// <summary>The employee row and one absence of his as new records (and current state).</summary>
    private static Task<ConversionResult> EmployeeAndAbsenceAsync(Harness harness, MedewerkerGegevensRow employee, VerzuimRow absence)
    {
        harness.Source.Put(employee);
        harness.Source.Put(absence);
        return harness.ConvertAsync(b =>
        {
            b.MedewerkerGegevens.Add(SourceChange.New(employee));
            b.Verzuim.Add(SourceChange.New(absence));
        });
    }
}

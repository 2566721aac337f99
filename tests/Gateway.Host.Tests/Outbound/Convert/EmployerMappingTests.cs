using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Werkgevers + Organigram + Accounts_Autorisaties → WerkgeversGegevensBasisregistratie with the unit hierarchy.</summary>
public class EmployerMappingTests
{
    [Fact]
    public async Task A_new_employer_brings_its_unit_tree_parents_first_with_managers_and_its_top_unit()
    {
        var harness = await Harness.CreateAsync();
        harness.Source.Put(TestRows.Unit("OLD", "HOOFD", "Opgeheven") with { Einddatum_organigram = new DateOnly(2020, 12, 31) });
        harness.Source.Put(TestRows.Unit("ZORG", "HOOFD", "Zorg"));
        harness.Source.Put(TestRows.Unit("ZORG-N", "ZORG", "Zorg Noord"));
        harness.Source.Put(TestRows.Manager("HOOFD", "{77777777-0000-4000-8000-000000000000}", "Directeur"));

        var result = await harness.ConvertAsync(b => b.Werkgevers.Add(SourceChange.New(TestRows.Employer())));

        var message = Assert.Single(result.Messages);
        Assert.Equal((SiviMessageTypes.WerkgeversGegevens, "WG_", "01"), (message.MessageName, message.FileName[..3], message.SubjectKey));
        var units = Harness.Xml(message).Descendants().Where(e => e.Name.LocalName == "OrgEenh").ToList();
        Assert.Equal(["HOOFD", "TNW2M", "ZORG", "ZORG-N"], units.Select(u => Child(u, "OrgeenhCd")));
        Assert.Equal([null, "HOOFD", "HOOFD", "ZORG"], units.Select(u => Child(u, "OndOrgeenhCd")));
        Assert.All(units, u => Assert.Equal("01", Child(u, "VrwrkCd")));
        Assert.Equal("van Jansen", units[1].Descendants().First(e => e.Name.LocalName == "Achternaam").Value);
        var werkgever = Harness.Xml(message).Descendants().First(e => e.Name.LocalName == "Wrkgvr");
        Assert.Equal(("HOOFD", "van Directeur"), (Child(werkgever, "OrgeenhCd"), werkgever.Elements().First(e => e.Name.LocalName == "Cntprsn").Elements().First(e => e.Name.LocalName == "Achternaam").Value));
        Assert.Equal(("3526KS", "40", "Utrecht"), (Harness.Value(message, "Pc"), Harness.Value(message, "Huisnr"), Harness.Value(message, "Wnpl")));
    }

    [Fact]
    public async Task Unit_mutations_become_start_change_end_and_deletion_and_units_ended_long_ago_are_skipped()
    {
        var harness = await Harness.CreateAsync();
        var added = TestRows.Unit("NIEUW", "HOOFD", "Nieuw");
        var renamed = TestRows.Unit("TNW2M", "HOOFD", "Techniek en Onderhoud");
        var ending = TestRows.Unit("ZORG", "HOOFD", "Zorg") with { Einddatum_organigram = new DateOnly(2025, 6, 30) };
        var removed = TestRows.Unit("WEG", "HOOFD", "Weg");
        var history = TestRows.Unit("Z_Hist_01", "HOOFD", "Historisch") with { Einddatum_organigram = new DateOnly(2019, 1, 1) };
        foreach (var unit in new[] { added, renamed, ending, history })
        {
            harness.Source.Put(unit);
        }

        var result = await harness.ConvertAsync(b => b.Organigram.AddRange(
        [
            SourceChange.New(added),
            SourceChange.Changed(renamed, [OrganigramFields.Org_eenheid_omschrijving]),
            SourceChange.Changed(ending, [OrganigramFields.Einddatum_organigram]),
            SourceChange.Gone(removed),
            SourceChange.New(history),
            SourceChange.Changed(TestRows.Unit("HOOFD", null, "Hoofdkantoor"), [OrganigramFields.Laag]),
        ]));

        Assert.Empty(result.Failures);
        var message = Assert.Single(result.Messages);
        var units = Harness.Xml(message).Descendants().Where(e => e.Name.LocalName == "OrgEenh")
            .ToDictionary(u => Child(u, "OrgeenhCd")!, u => Child(u, "VrwrkCd"));
        Assert.Equal(new Dictionary<string, string?> { ["NIEUW"] = "01", ["TNW2M"] = "02", ["ZORG"] = "03", ["WEG"] = "05" }, units);
        Assert.Equal(["unit ended before it was ever sent", "no field that OrgEenh carries changed"], result.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public async Task A_changed_manager_resends_the_unit_and_a_configured_root_decides_the_employer()
    {
        var harness = await Harness.CreateAsync(configure: p =>
        {
            p.Employers[0].RootOrgUnit = "TNW2M";
            p.Employers.Add(Profiles.Employer("02"));
        });
        harness.Source.Put(TestRows.Employer("02"));
        harness.Source.Put(TestRows.Employee("{88888888-0000-4000-8000-000000000000}") with { Werkgeverscode = "02", Afdelingscode = "HOOFD" });
        var manager = TestRows.Manager("TNW2M", "{77777777-0000-4000-8000-000000000001}", "Bakker");
        harness.Source.Put(manager);

        var result = await harness.ConvertAsync(b => b.AccountsAutorisaties.Add(SourceChange.New(manager)));

        var message = Assert.Single(result.Messages);
        Assert.Equal("01", message.SubjectKey);
        Assert.Equal(["TNW2M"], Harness.Xml(message).Descendants().Where(e => e.Name.LocalName == "OrgEenh").Select(u => Child(u, "OrgeenhCd")));
        Assert.Equal("TNW2M", Child(Harness.Xml(message).Descendants().First(e => e.Name.LocalName == "Wrkgvr"), "OrgeenhCd"));
        Assert.Contains("van Bakker", Harness.Values(message, "Achternaam"));
    }

    [Fact]
    public async Task Units_of_the_shared_structure_go_to_every_employer_and_a_new_employer_brings_them()
    {
        var harness = await Harness.CreateAsync(configure: p =>
        {
            p.Employers.Add(Profiles.Employer("02"));
            p.SharedOrgUnits = ["ALG"];
        });
        harness.Source.Put(TestRows.Employer("02"));
        harness.Source.Put(TestRows.Employee("{88888888-0000-4000-8000-000000000000}") with { Werkgeverscode = "02", Afdelingscode = "HOOFD" });
        harness.Source.Put(TestRows.Unit("ALG", null, "Algemeen"));
        var added = TestRows.Unit("ALG-HR", "ALG", "HR voor alle werkgevers");
        harness.Source.Put(added);

        var result = await harness.ConvertAsync(b => b.Organigram.Add(SourceChange.New(added)));

        Assert.True(result.Failures.Count == 0, Harness.Describe(result));
        Assert.Equal(["01", "02"], result.Messages.Select(m => m.SubjectKey).Order());
        Assert.All(result.Messages, m => Assert.Equal(["ALG-HR"], Harness.Xml(m).Descendants().Where(e => e.Name.LocalName == "OrgEenh").Select(u => Child(u, "OrgeenhCd"))));

        var fresh = await harness.ConvertAsync(b => b.Werkgevers.Add(SourceChange.New(TestRows.Employer("02"))));
        var message = Assert.Single(fresh.Messages);
        var units = Harness.Xml(message).Descendants().Where(e => e.Name.LocalName == "OrgEenh").Select(u => Child(u, "OrgeenhCd")).ToList();
        Assert.Contains("ALG", units);
        Assert.Contains("ALG-HR", units);
        // the shared tree is no one employer's top unit
        Assert.NotEqual("ALG", Child(Harness.Xml(message).Descendants().First(e => e.Name.LocalName == "Wrkgvr"), "OrgeenhCd"));
    }

    [Fact]
    public async Task An_employer_without_a_Dutch_address_falls_out_naming_the_field()
    {
        var harness = await Harness.CreateAsync();
        harness.Source.Put(TestRows.Employer() with { Postcode = "" });

        var result = await harness.ConvertAsync(b => b.Werkgevers.Add(SourceChange.New(TestRows.Employer() with { Postcode = "" })));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("Newdays_Connect_Werkgevers_v1", "01", "Postcode", "is missing"), (failure.Connector, failure.RecordKey, failure.Field, failure.Reason));
    }

    [Fact]
    public async Task Accounts_that_do_not_receive_WerkgeversGegevens_get_one_skip_per_connector()
    {
        var harness = await Harness.CreateAsync(configure: p => p.MessageTypes = [SiviMessageTypes.Verzuimmeldingen]);

        var result = await harness.ConvertAsync(b =>
        {
            b.Werkgevers.Add(SourceChange.New(TestRows.Employer()));
            b.Organigram.Add(SourceChange.New(TestRows.Unit("X", "HOOFD", "X")));
            b.MedewerkerGegevens.Add(SourceChange.New(TestRows.Employee()));
        });

        Assert.Empty(result.Messages);
        Assert.Equal([AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.MedewerkerGegevens], result.Skipped.Select(s => s.Connector));
        Assert.All(result.Skipped, s => Assert.Null(s.RecordKey));
    }

    private static string? Child(System.Xml.Linq.XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}

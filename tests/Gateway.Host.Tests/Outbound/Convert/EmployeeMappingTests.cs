using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Medewerker_Gegevens → Dienstverbanden / WerknemersGegevens: employments, contracts, names, addresses, hours.</summary>
public class EmployeeMappingTests
{
    [Fact]
    public async Task Dienstverbanden_is_the_default_with_one_Dnstvbnd_per_employment_and_the_latest_contract()
    {
        var harness = await Harness.CreateAsync();
        var temporary = TestRows.Employee(employment: 1, contract: 1) with { Type_contract = "Bepaalde tijd", Einddatum_contract = new DateOnly(2019, 12, 31) };
        var permanent = TestRows.Employee(employment: 1, contract: 2) with { Type_contract = "Onbepaalde tijd" };
        var second = TestRows.Employee(employment: 2, contract: 3) with
        {
            Type_contract = "Oproepcontract",
            Uren_per_week = 8m,
            FTE = 0.2222m,
            Afdelingscode = "HOOFD",
            Datum_start_dvb = new DateOnly(2022, 3, 1),
        };
        var ended = TestRows.Employee(employment: 3, contract: 4) with { Datum_start_dvb = new DateOnly(2010, 1, 1), Datum_eind_dvb = new DateOnly(2015, 6, 30), Type_contract = "Bepaalde tijd" };
        harness.Source.Remove(TestRows.Employee());
        var rows = new[] { temporary, permanent, second, ended };
        foreach (var row in rows)
        {
            harness.Source.Put(row);
        }

        var result = await harness.ConvertAsync(b => b.MedewerkerGegevens.AddRange(rows.Select(SourceChange.New)));

        var message = Assert.Single(result.Messages);
        Assert.Equal((SiviMessageTypes.Dienstverbanden, "DV_"), (message.MessageName, message.FileName[..3]));
        Assert.Equal(["1001-1", "1001-2", "1001-3"], Harness.Values(message, "IdDnstvbnd"));
        Assert.Equal(["O", "B"], Harness.Values(message, "CdBepTd"));
        Assert.Equal(["36.00", "8.00", "36.00"], Harness.Values(message, "AantCtrcturenPWk"));
        Assert.Equal(["40.00", "36.00", "40.00"], Harness.Values(message, "AantUNormWk"));
        Assert.Equal(["2015-06-30"], Harness.Values(message, "Enddat"));
        Assert.Null(Harness.Value(message, "SignNm"));
        Assert.Null(Harness.Value(message, "SofiNr"));
        Assert.Equal("812345601L01", Harness.Value(message, "Lhnr"));
    }

    [Theory]
    [InlineData("Geboortenaam", "01")]
    [InlineData("Geboortenaam partner", "02")]
    [InlineData("Geb. naam partner + Geboortenaam", "03")]
    [InlineData("Geboortenaam + Geb. naam partner", "04")]
    [InlineData(null, "01")]
    public async Task Name_usage_and_partner_names_become_NmvrkrCd_and_Prtnr(string? usage, string expected)
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Voorkeurshantering = usage, Voorvoegsel_partner = "van der", Geb_naam_partner = "Berg" };
        harness.Source.Put(row);

        var message = Assert.Single((await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)))).Messages);

        Assert.Equal(SiviMessageTypes.WerknemersGegevens, message.MessageName);
        Assert.Equal(expected, Harness.Value(message, "NmvrkrCd"));
        Assert.Equal(["Vries", "Berg"], Harness.Values(message, "SignNm"));
        Assert.Equal(["de", "van der"], Harness.Values(message, "Voorv"));
    }

    [Fact]
    public async Task A_partner_name_usage_without_a_partner_name_sends_the_own_name_with_a_note()
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Voorkeurshantering = "Geboortenaam partner", Geb_naam_partner = null };
        harness.Source.Put(row);

        var result = await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)));

        Assert.Equal("01", Harness.Value(Assert.Single(result.Messages), "NmvrkrCd"));
        Assert.Equal("Geb.naam_partner", Assert.Single(result.Notes).Field);
    }

    [Theory]
    [InlineData("1017 ab", "12", "a", "NL", "StrAdrNl", "1017AB")]
    [InlineData("1017AB ", "12", "", "", "StrAdrNl", "1017AB")]
    [InlineData("2000", "12", "bis", "BE", "StrAdrBl", "12bis")]
    [InlineData("47533", "7", null, "de", "StrAdrBl", "7")]
    public async Task Dutch_and_foreign_addresses_are_normalised(string postcode, string number, string? addition, string country, string element, string expected)
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Postcode = postcode, Huisnummer = number, Huisnummer_toevoeging = addition, Land = country };
        harness.Source.Put(row);

        var message = Assert.Single((await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)))).Messages);

        Assert.Single(Harness.Values(message, element));
        Assert.Equal(expected, element == "StrAdrNl" ? Harness.Value(message, "Pc") : Harness.Value(message, "HuisnrBtl"));
        if (element == "StrAdrBl")
        {
            Assert.Equal((country.ToUpperInvariant(), postcode), (Harness.Value(message, "LandCd"), Harness.Value(message, "PcBtl")));
        }
        Assert.Equal(addition is "a" ? "a" : null, Harness.Value(message, "HuisToev"));
    }

    [Theory]
    [InlineData("", null, "", "", null)]
    [InlineData("1017 A", "12", "Amsterdam", "Postcode", "is not a Dutch postcode (four digits, two letters); address left out")]
    [InlineData("1017AB", null, "Amsterdam", "Huisnummer", "is missing; address left out")]
    public async Task An_empty_address_is_left_out_silently_and_an_incomplete_one_with_a_note(string postcode, string? number, string city, string field, string? reason)
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Straatnaam = city.Length == 0 ? "" : "Damrak", Postcode = postcode, Huisnummer = number, Huisnummer_toevoeging = "", Woonplaats = city };
        harness.Source.Put(row);

        var result = await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)));

        var message = Assert.Single(result.Messages);
        Assert.Empty(Harness.Values(message, "StrAdrNl"));
        if (reason is null)
        {
            Assert.Empty(result.Notes);
        }
        else
        {
            var note = Assert.Single(result.Notes);
            Assert.Equal((field, reason, row.Key.Value), (note.Field, note.Reason, note.RecordKey));
        }
    }

    [Fact]
    public async Task Null_and_empty_strings_both_mean_absent_and_decimals_get_two_places()
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Mobiel_werk = "", E_mail_werk = null, Telefoonnr_prive = "  ", Uren_per_week = 24.5m, FTE = 0.6125m, Kostenplaatsomschrijving = "" };
        harness.Source.Put(row);

        var message = Assert.Single((await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)))).Messages);

        Assert.Equal(["07", "09", "08", "10"], Harness.Values(message, "SrtComCd"));
        Assert.Equal(("24.50", "40.00", "07"), (Harness.Value(message, "AantCtrcturenPWk"), Harness.Value(message, "AantUNormWk"), Harness.Value(message, "NmKostenplaats")));
    }

    [Fact]
    public async Task The_personnel_number_is_the_employee_id_only_by_choice()
    {
        var harness = await Harness.CreateAsync(configure: p => p.EmployeeId = EmployeeIdSource.Personeelsnummer);

        var message = Assert.Single((await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(TestRows.Employee())))).Messages);

        Assert.Equal("1001", Harness.Value(message, "IdWrknmr"));
        Assert.Equal("1001", message.SubjectKey);
    }

    [Fact]
    public async Task A_row_missing_a_required_value_falls_out_naming_key_and_field_while_the_others_convert()
    {
        var harness = await Harness.CreateAsync();
        var broken = TestRows.Employee("{55555555-0000-4000-8000-000000000000}") with { Geboortedatum = null };
        var good = TestRows.Employee("{66666666-0000-4000-8000-000000000000}");
        harness.Source.Put(broken);
        harness.Source.Put(good);

        var result = await harness.ConvertAsync(b => b.MedewerkerGegevens.AddRange([SourceChange.New(broken), SourceChange.New(good)]));

        var failure = Assert.Single(result.Failures);
        Assert.Equal((broken.Key.Value, MedewerkerGegevensFields.Geboortedatum, "is missing"), (failure.RecordKey, failure.Field, failure.Reason));
        Assert.Equal("66666666-0000-4000-8000-000000000000", Assert.Single(result.Messages).SubjectKey);
    }

    [Fact]
    public async Task Changes_to_fields_the_message_does_not_carry_send_nothing()
    {
        var harness = await Harness.CreateAsync();
        var row = TestRows.Employee() with { Mutatiedatum_salaris = new DateOnly(2025, 1, 1), Straatnaam = "Damrak" };
        harness.Source.Put(row);

        var result = await harness.ConvertAsync(b =>
            b.MedewerkerGegevens.Add(SourceChange.Changed(row, [MedewerkerGegevensFields.Mutatiedatum_salaris, MedewerkerGegevensFields.Straatnaam])));

        Assert.Empty(result.Messages);
        Assert.Equal("no field that Dienstverbanden carries changed", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public async Task A_missing_loonheffingennummer_makes_Dienstverbanden_fall_out_but_not_Verzuimmeldingen()
    {
        var harness = await Harness.CreateAsync(configure: p => p.Employers[0].Loonheffingennummer = null);

        var result = await harness.ConvertAsync(b =>
        {
            b.MedewerkerGegevens.Add(SourceChange.New(TestRows.Employee()));
            harness.Source.Put(TestRows.Absence());
            b.Verzuim.Add(SourceChange.New(TestRows.Absence()));
        });

        Assert.Equal("Loonheffingennummer", Assert.Single(result.Failures).Field);
        Assert.Equal(SiviMessageTypes.Verzuimmeldingen, Assert.Single(result.Messages).MessageName);
    }
}

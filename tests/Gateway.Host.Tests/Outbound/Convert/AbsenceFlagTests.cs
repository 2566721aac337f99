using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Vangnet, WAZO, no-risk, cause and the employee's current data land in the right Verzuimmeldingen elements.</summary>
public class AbsenceFlagTests
{
    [Theory]
    [InlineData("Z", null, true, "J")]
    [InlineData("Z", null, false, "N")]
    [InlineData("Z", null, null, "O")]
    [InlineData("ZZ", null, null, "J")]
    [InlineData("Z", "OD", null, "J")]
    [InlineData("Z", "ONG", null, "O")]
    public async Task Vangnet_comes_from_Vangnetregeling_else_from_the_type_or_reason(string type, string? reason, bool? vangnet, string expected)
    {
        var harness = await Harness.CreateAsync();

        var result = await harness.NewAbsenceAsync(TestRows.Absence() with { Type = type, Reden_verzuim_code = reason, Vangnetregeling = vangnet });

        Assert.Equal(expected, Harness.Absence(Assert.Single(result.Messages), "VngntJN"));
    }

    [Theory]
    [InlineData("ONG", "11")]
    [InlineData("ARB", "10")]
    [InlineData("ZW", "99")]
    [InlineData(null, "99")]
    [InlineData("ONBEKEND", "99")]
    public async Task The_cause_code_follows_the_reason_table(string? reason, string expected)
    {
        var harness = await Harness.CreateAsync();

        var result = await harness.NewAbsenceAsync(TestRows.Absence() with { Reden_verzuim_code = reason });

        Assert.Equal(expected, Harness.Absence(Assert.Single(result.Messages), "OorzkVrzmCd"));
    }

    [Fact]
    public async Task An_account_overrides_and_adds_reason_codes()
    {
        var harness = await Harness.CreateAsync(configure: p => p.AbsenceReasons =
        [
            new AbsenceReasonSetting { Code = "ONG", OorzkVrzmCd = "10" },
            new AbsenceReasonSetting { Code = "DON", Vangnet = true, BijzRdnStartVrzmCd = "02" },
        ]);

        var accident = await harness.NewAbsenceAsync(TestRows.Absence() with { Reden_verzuim_code = "ONG" });
        var donation = await harness.NewAbsenceAsync(TestRows.Absence("{33333333-0000-4000-8000-000000000001}", "{33333333-0000-4000-8000-000000000000}")
            with
        { Reden_verzuim_code = "don", Vangnetregeling = null });

        Assert.Equal("10", Harness.Absence(Assert.Single(accident.Messages), "OorzkVrzmCd"));
        var message = Assert.Single(donation.Messages);
        Assert.Equal(("J", "02"), (Harness.Absence(message, "VngntJN"), Harness.Absence(message, "BijzRdnStartVrzmCd")));
    }

    [Theory]
    [InlineData("2025", "J")]
    [InlineData("2026", "J")]
    [InlineData("2024", null)]
    [InlineData("2022", null)]
    public async Task No_risk_lands_in_WrknmrNoriskJN_from_2025_and_nowhere_before(string release, string? expected)
    {
        var harness = await Harness.CreateAsync(release);

        var noRisk = await harness.NewAbsenceAsync(TestRows.Absence() with { Reden_verzuim_code = "NR", Vangnetregeling = true });

        var message = Assert.Single(noRisk.Messages);
        Assert.Equal(expected, Harness.Value(message, "WrknmrNoriskJN"));
        Assert.Equal("J", Harness.Absence(message, "VngntJN"));
    }

    [Fact]
    public async Task Pregnancy_leave_sends_WAZO_01_before_the_birth_and_02_from_the_actual_birth_date()
    {
        var harness = await Harness.CreateAsync();
        var leave = TestRows.Absence() with
        {
            Type = "ZB",
            Vermoedelijke_bevallingsdatum = new DateOnly(2025, 6, 23),
            Werkelijke_bevallingsdatum = null,
            Meerling = true,
        };
        var start = Assert.Single((await harness.NewAbsenceAsync(leave)).Messages);
        Assert.Equal("01", Harness.Absence(start, "WAZOCd"));

        var born = leave with { Werkelijke_bevallingsdatum = new DateOnly(2025, 6, 20), Melding_Gewijzigd_Op = leave.Melding_Gewijzigd_Op!.Value.AddDays(40) };
        var birth = Assert.Single((await harness.ChangedAbsenceAsync([(leave, born)], "Werkelijke_bevallingsdatum", "Melding_Gewijzigd_Op")).Messages);

        Assert.Equal(("02", "02", "2025-06-20"), (Harness.Absence(birth, "VrwrkCd"), Harness.Absence(birth, "WAZOCd"), Harness.Absence(birth, "IngdatMutVrzm")));
        var xml = System.Text.Encoding.UTF8.GetString(birth.Content);
        Assert.DoesNotContain("2025-06-23", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_message_carries_the_employee_and_employment_data_and_the_manager_as_contact()
    {
        var harness = await Harness.CreateAsync();

        var message = Assert.Single((await harness.NewAbsenceAsync(TestRows.Absence())).Messages);

        Assert.Equal(("Vries", "de", "GD", "M", "1962-05-01"), (Harness.Value(message, "SignNm"), Harness.Value(message, "Voorv"),
            Harness.Value(message, "Voorl"), Harness.Value(message, "GslchtCd"), Harness.Value(message, "Gebdat")));
        Assert.Equal("6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6", Harness.Value(message, "IdWrknmr"));
        Assert.Equal(("1017AB", "12", "a"), (Harness.Value(message, "Pc"), Harness.Value(message, "Huisnr"), Harness.Value(message, "HuisToev")));
        Assert.Equal(("1001-1", "TNW2M", "HOOFD", "36.00"), (Harness.Value(message, "IdDnstvbnd"), Harness.Value(message, "OrgeenhCd"),
            Harness.Value(message, "OndOrgeenhCd"), Harness.Value(message, "AantCtrcturenPWk")));
        Assert.Equal(["van Jansen", "van Jansen"], Harness.Values(message, "Achternaam"));
        Assert.Contains("p.jansen@example.nl", Harness.Values(message, "NrCom"));
        Assert.Equal(["WG-01", "AANSL-01"], [Harness.Value(message, "IdWrkgvrArbdnst")!, Harness.Value(message, "AansltnrGeguitwlngArbdnst")!]);
    }

    [Fact]
    public async Task Without_a_reachable_manager_the_profile_contact_is_used_and_without_either_the_case_falls_out()
    {
        var withContact = await Harness.CreateAsync();
        withContact.Source.Remove(TestRows.Manager("TNW2M"));
        var message = Assert.Single((await withContact.NewAbsenceAsync(TestRows.Absence())).Messages);
        Assert.Equal("Servicedesk", Harness.Value(message, "Achternaam"));

        var without = await Harness.CreateAsync(configure: p => p.Employers[0].Contact = null);
        without.Source.Put(TestRows.Manager("TNW2M") with { Leidinggevende_Mob_werk = null, Leidinggevende_Mail_werk = "" });
        var result = await without.NewAbsenceAsync(TestRows.Absence());
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("Leidinggevende_guid", "{FEF31C6B-48E8-44C5-9913-27785D37D12D}|{05F50E58-C527-4E2A-B439-7B40FB51B10B}"), (failure.Field, failure.RecordKey));
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task An_IBAN_changed_during_an_open_case_travels_with_the_next_message_up_to_2024_and_never_from_2025()
    {
        foreach (var (release, expectIban) in new[] { ("2024", true), ("2025", false) })
        {
            var harness = await Harness.CreateAsync(release);
            harness.Source.Put(TestRows.Iban("NL54RABO0338852093"));
            var first = TestRows.Absence();
            var start = Assert.Single((await harness.NewAbsenceAsync(first)).Messages);

            harness.Source.Put(TestRows.Iban("NL91 ABNA 0417 1643 00"));
            var ibanOnly = await harness.ConvertAsync(b => b.MedewerkerIban.Add(SourceChange.Changed(TestRows.Iban("NL91 ABNA 0417 1643 00"), ["IBAN-nummer"])));
            var partial = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000009}", new DateOnly(2025, 5, 20), 50);
            var change = Assert.Single((await harness.NewAbsenceAsync(partial)).Messages);

            Assert.DoesNotContain(ibanOnly.Messages, m => m.MessageName == SiviMessageTypes.Verzuimmeldingen);
            Assert.Equal(expectIban ? "NL54RABO0338852093" : null, Harness.Value(start, "Iban"));
            Assert.Equal(expectIban ? "NL91ABNA0417164300" : null, Harness.Value(change, "Iban"));
        }
    }
}

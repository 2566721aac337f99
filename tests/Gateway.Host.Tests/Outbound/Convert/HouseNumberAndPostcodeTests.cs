using Gateway.Core.Integrations;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Values;
using Gateway.Outbound.Tests.Convert.Support;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>The house-number and postcode rules of docs/mapping.md ("House numbers and postcodes"), row by row, and in messages.</summary>
public class HouseNumberAndPostcodeTests
{
    private static readonly HouseNumberLimits EveryRelease = new(5, 4);

    [Theory]
    [InlineData("12", null, 12, null)]
    [InlineData("12", "", 12, null)]
    [InlineData("12", "a", 12, "a")]
    [InlineData("12a", null, 12, "a")]
    [InlineData("12 A", null, 12, "A")]
    [InlineData("12-3", null, 12, "3")]
    [InlineData("12/3", null, 12, "3")]
    [InlineData("12 3", null, 12, "3")]
    [InlineData("12,3", null, 12, "3")]
    [InlineData("12bis", null, 12, "bis")]
    [InlineData("12 hs", null, 12, "hs")]
    [InlineData("12-II", null, 12, "II")]
    [InlineData("12a-1", null, 12, "a-1")]
    [InlineData(" 12 - b ", null, 12, "b")]
    [InlineData("12-", null, 12, null)]
    [InlineData("012", null, 12, null)]
    [InlineData("99999", null, 99999, null)]
    [InlineData("12a", "a", 12, "a")]
    [InlineData("12a", "A", 12, "A")]
    [InlineData("12", "-1", 12, "-1")]
    public void House_numbers_split_into_Huisnr_and_HuisToev(string number, string? addition, int huisnr, string? huisToev)
    {
        var house = HouseNumbers.Dutch(number, addition, EveryRelease);

        Assert.Null(house.Problem);
        Assert.Equal((huisnr, huisToev), (house.Number, house.Addition));
    }

    [Theory]
    [InlineData(null, "a", "Huisnummer", "is missing")]
    [InlineData("a12", null, "Huisnummer", "does not start with a house number")]
    [InlineData("0", null, "Huisnummer", "is not a house number of 1 to 5 digits")]
    [InlineData("123456", null, "Huisnummer", "is not a house number of 1 to 5 digits")]
    [InlineData("12.5", null, "Huisnummer", "is not a house number followed by an addition of letters and digits")]
    [InlineData("12 (achter)", null, "Huisnummer", "is not a house number followed by an addition of letters and digits")]
    [InlineData("12a", "b", "Huisnummer_toevoeging", "differs from the addition written in the house number; ambiguous")]
    [InlineData("12 boven", null, "Huisnummer", "holds an addition longer than the 4 characters of HuisToev")]
    [InlineData("12", "boven", "Huisnummer_toevoeging", "holds an addition longer than the 4 characters of HuisToev")]
    public void What_is_no_house_number_or_is_ambiguous_is_a_problem_naming_the_field(string? number, string? addition, string field, string reason)
    {
        var house = HouseNumbers.Dutch(number, addition, EveryRelease);

        Assert.Equal((null, null), (house.Number, house.Addition));
        Assert.Equal(new MappingNote(field, reason), house.Problem);
    }

    [Fact]
    public void A_release_without_HuisToev_cannot_carry_an_addition()
    {
        var limits = new HouseNumberLimits(5, null);

        Assert.Equal(12, HouseNumbers.Dutch("12", null, limits).Number);
        Assert.Equal(new MappingNote("Huisnummer", "holds an addition, which this message and release cannot carry (no HuisToev)"),
            HouseNumbers.Dutch("12a", null, limits).Problem);
    }

    public static TheoryData<string, string, string> DutchAddresses()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var release in new[] { "2022", "2024", "2025", "2026" })
        {
            data.Add(SiviMessageTypes.WerknemersGegevens, release, "Wrkgvr/Wrknmr/StrAdrNl");
            data.Add(SiviMessageTypes.Verzuimmeldingen, release, "Wrkgvr/Wrknmr/StrAdrNl");
            data.Add(SiviMessageTypes.WerkgeversGegevens, release, "Wrkgvr/StrAdrNl");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DutchAddresses))]
    public void Every_release_has_a_five_digit_Huisnr_a_four_character_HuisToev_and_a_six_character_Pc(string messageType, string release, string path)
    {
        var shape = ReleaseShape.For(SiviDefinitions.Embedded, messageType, release);

        Assert.Equal(EveryRelease, AddressPart.Limits(shape, path));
        Assert.Equal((SiviBaseType.Integer, 5), (shape.TypeOf(path + "/Huisnr")!.Base, shape.TypeOf(path + "/Huisnr")!.TotalDigits));
        Assert.Equal((6, 0), (shape.TypeOf(path + "/Pc")!.Length, shape.TypeOf(path + "/Pc")!.Patterns.Count));
    }

    [Theory]
    [InlineData("1234AB", "1234AB")]
    [InlineData("1234 AB", "1234AB")]
    [InlineData("1234 ab", "1234AB")]
    [InlineData("1234ab", "1234AB")]
    [InlineData(" 1234  ab ", "1234AB")]
    [InlineData("1234\u00A0AB", "1234AB")]
    [InlineData("0123AB", null)]
    [InlineData("1234A", null)]
    [InlineData("12345", null)]
    [InlineData("1234-AB", null)]
    [InlineData("1234ABC", null)]
    [InlineData("B-2000", null)]
    [InlineData("", null)]
    public void Dutch_postcodes_are_sent_as_four_digits_and_two_capitals(string text, string? expected) => Assert.Equal(expected, Postcodes.Dutch(text));

    [Theory]
    [InlineData("12a", null, "12", "a")]
    [InlineData("12 A", "", "12", "A")]
    [InlineData("12-II", null, "12", "II")]
    [InlineData("12", "hs", "12", "hs")]
    public async Task A_home_address_carries_the_split_house_number(string number, string? addition, string huisnr, string huisToev)
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Huisnummer = number, Huisnummer_toevoeging = addition, Postcode = "1017 ab" };
        harness.Source.Put(row);

        var message = Assert.Single((await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)))).Messages);

        Assert.Equal(("1017AB", huisnr, huisToev), (Harness.Value(message, "Pc"), Harness.Value(message, "Huisnr"), Harness.Value(message, "HuisToev")));
    }

    [Theory]
    [InlineData("12a", "b", "1017AB", "NL", "Huisnummer_toevoeging", "differs from the addition written in the house number; ambiguous; address left out")]
    [InlineData("12", "", "1017", "NL", "Postcode", "is not a Dutch postcode (four digits, two letters); address left out")]
    [InlineData("12", "", "1017 AB", "Nederland", "", "")]
    public async Task A_home_address_that_cannot_be_sent_is_left_out_with_a_note(string number, string addition, string postcode, string country,
        string field, string reason)
    {
        var harness = await Harness.CreateAsync(configure: p => p.UseWerknemersGegevens = true);
        var row = TestRows.Employee() with { Huisnummer = number, Huisnummer_toevoeging = addition, Postcode = postcode, Land = country };
        harness.Source.Put(row);

        var result = await harness.ConvertAsync(b => b.MedewerkerGegevens.Add(SourceChange.New(row)));

        var message = Assert.Single(result.Messages);
        if (field.Length == 0)
        {
            Assert.Empty(result.Notes);
            Assert.Equal("1017AB", Harness.Value(message, "Pc"));
            return;
        }
        Assert.Empty(Harness.Values(message, "StrAdrNl"));
        var note = Assert.Single(result.Notes);
        Assert.Equal((field, reason), (note.Field, note.Reason));
    }

    [Theory]
    [InlineData("40-II", "", "3526 ks", "40", "II", null, null)]
    [InlineData("40", "bis", "3526KS", "40", "bis", null, null)]
    [InlineData("40a", "b", "3526KS", null, null, "Huisnummer_toevoeging", "differs from the addition written in the house number; ambiguous")]
    [InlineData("40", "", "3526", null, null, "Postcode", "is not a Dutch postcode (four digits, two letters)")]
    public async Task The_employer_address_is_split_the_same_way_and_what_cannot_be_sent_is_uitval(string number, string addition, string postcode,
        string? huisnr, string? huisToev, string? field, string? reason)
    {
        var harness = await Harness.CreateAsync();
        var employer = TestRows.Employer() with { Huisnummer = number, Huisnummer_toevoeging = addition, Postcode = postcode };
        harness.Source.Put(employer);

        var result = await harness.ConvertAsync(b => b.Werkgevers.Add(SourceChange.New(employer)));

        if (field is null)
        {
            var message = Assert.Single(result.Messages);
            Assert.Equal(("3526KS", huisnr, huisToev), (Harness.Value(message, "Pc"), Harness.Value(message, "Huisnr"), Harness.Value(message, "HuisToev")));
            return;
        }
        Assert.Empty(result.Messages);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((AfasConnectorIds.Werkgevers, field, reason), (failure.Connector, failure.Field, failure.Reason));
    }

    [Fact]
    public async Task A_care_address_names_its_own_fields()
    {
        var harness = await Harness.CreateAsync(configure: p => p.IncludeCareAddress = true);
        var absence = TestRows.Absence() with
        {
            Verpleegadres_Naam = "Ziekenhuis",
            Verpleegadres_Straat = "Meibergdreef",
            Verpleegadres_Huisnr = "9-3",
            Verpleegadres_Toev_aan_huisnr = "4",
            Verpleegadres_Pstcd = "1105 az",
            Verpleegadres_Plaats = "Amsterdam",
        };

        var result = await harness.NewAbsenceAsync(absence);

        Assert.Single(result.Messages);
        Assert.Equal(("Verpleegadres_Toev._aan_huisnr.", "differs from the addition written in the house number; ambiguous; address left out"),
            (Assert.Single(result.Notes).Field, result.Notes[0].Reason));
    }
}

using Gateway.Outbound.Convert.Codes;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>The code translation tables and value normalisations documented in docs/mapping.md.</summary>
public class CodeTableTests
{
    [Theory]
    [InlineData("Man", "M")]
    [InlineData("vrouw", "V")]
    [InlineData("Onbekend", "O")]
    [InlineData("M", "M")]
    [InlineData("V", "V")]
    [InlineData("O", "O")]
    [InlineData(null, "O")]
    [InlineData("", "O")]
    [InlineData("Anders", null)]
    public void Gender(string? afas, string? sivi) => Assert.Equal(sivi, GenderCodes.ToSivi(afas));

    [Theory]
    [InlineData("Geboortenaam", "01")]
    [InlineData("Geboortenaam partner", "02")]
    [InlineData("Geb. naam partner + Geboortenaam", "03")]
    [InlineData("Geboortenaam + Geb. naam partner", "04")]
    [InlineData("Geb.naam partner+Geboortenaam", "03")]
    [InlineData("E", "01")]
    [InlineData("N", "04")]
    [InlineData("03", "03")]
    [InlineData(null, "01")]
    [InlineData("Iets anders", null)]
    public void Name_preference(string? afas, string? sivi) => Assert.Equal(sivi, NamePreferenceCodes.ToSivi(afas));

    [Theory]
    [InlineData("Onbepaalde tijd", "O")]
    [InlineData("Bepaalde tijd", "B")]
    [InlineData("bepaalde tijd met uitzicht", "B")]
    [InlineData("Oproepcontract", null)]
    [InlineData(null, null)]
    public void Contract_type(string? afas, string? sivi) => Assert.Equal(sivi, ContractTypeCodes.ToSivi(afas));

    [Theory]
    [InlineData("Z", AbsenceKind.Sickness)]
    [InlineData("ZZ", AbsenceKind.PregnancySickness)]
    [InlineData("zb", AbsenceKind.PregnancyLeave)]
    [InlineData("X", AbsenceKind.Sickness)]
    public void Absence_type(string afas, AbsenceKind kind) => Assert.Equal(kind, AbsenceTypeCodes.Kind(afas));

    [Fact]
    public void End_reasons_resolve_known_unknown_and_missing_codes()
    {
        var table = EndReasonCodes.Table(new Gateway.Outbound.Convert.Profile.MappingProfile
        {
            EndReasons = [new Gateway.Outbound.Convert.Profile.EndReasonSetting { Code = "OVL", RdnEndVrzmCd = "03", Recovered = false }],
        });
        Assert.Equal(("01", true), Pair(EndReasonCodes.Resolve(table, "HER")));
        Assert.Equal(("04", false), Pair(EndReasonCodes.Resolve(table, "udv")));
        Assert.Equal(("03", false), Pair(EndReasonCodes.Resolve(table, "OVL")));
        Assert.Equal(("99", true), Pair(EndReasonCodes.Resolve(table, "ZZZ")));
        Assert.Equal(("", true), Pair(EndReasonCodes.Resolve(table, null)));

        static (string, bool) Pair(Gateway.Outbound.Convert.Profile.EndReasonSetting s) => (s.RdnEndVrzmCd, s.Recovered);
    }

    [Theory]
    [InlineData("G.D.", "GD")]
    [InlineData("A. B. C.", "ABC")]
    [InlineData("A.B.C.D.E.F.G.", "ABCDEF")]
    [InlineData("", null)]
    public void Initials_without_dots(string text, string? expected) => Assert.Equal(expected, Initials.From(text));

    [Theory]
    [InlineData("111222333", "111222333")]
    [InlineData("11222333", null)]
    [InlineData("012345672", "012345672")]
    [InlineData("12345672", "012345672")]
    [InlineData("123456789", null)]
    [InlineData("12345678X", null)]
    [InlineData("000000000", null)]
    public void Bsn_eleven_test(string text, string? expected) => Assert.Equal(expected, Bsn.Normalize(text));

    [Theory]
    [InlineData(0, "100.00")]
    [InlineData(40, "60.00")]
    [InlineData(33.333, "66.67")]
    [InlineData(120, "0.00")]
    public void Absence_percentage_from_presence(double presence, string expected) =>
        Assert.Equal(expected, Amounts.AbsenceFromPresence((decimal)presence).ToString("F2", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Guids_lose_their_braces_and_case() => Assert.Equal("6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6", Identifiers.Guid("{6996f13d-8b5f-4c05-86f1-e3b0fcdc15e6}"));
}

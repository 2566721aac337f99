using Gateway.Receiving.Accounts;
using Gateway.Receiving.Classifications;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Tests;

public class ClassificationMapperTests
{
    private static readonly ReceivingOptions Environment = new()
    {
        Classifications = new(StringComparer.OrdinalIgnoreCase)
        {
            ["ArbeidsOngeval"] = "AO",
            ["2"] = "VO",
            ["OverigeRedenen"] = "ZIEK",
            ["zwangerschapbevalling"] = "ZW-ZWANGER",
            ["11"] = "ZW-OVERIG",
        },
        ClassificationRules = new()
        {
            SpecialReasons = new() { ["02"] = "Orgaandonatie", ["03"] = "9" },
            EmploymentKinds = new() { ["20"] = "UitzendOfOproepkracht" },
        },
    };

    private static ReceivingAccount Account(Dictionary<string, string> overrides) => ReceivingAccount.Create("acme", new ReceivingAccountOptions
    {
        AuthorisedEmployers = ["WG-0001"],
        ImportConfigurations = [new() { MessageType = "Verzuimmeldingen", Release = "2024" }],
        ClassificationOverrides = new(overrides, StringComparer.OrdinalIgnoreCase),
    });

    private static Vrzm Absence(string vangnet, string oorzaak = "99", string? wazo = null, string? reason = null) =>
        new() { VngntJN = vangnet, OorzkVrzmCd = oorzaak, WAZOCd = wazo, BijzRdnStartVrzmCd = reason, DatEerstVrzmdg = new DateOnly(2026, 2, 18) };

    public static TheoryData<Vrzm, Dnstvbnd?, SiviAbsenceClassification> Cases() => new()
    {
        { Absence("N", "10"), null, SiviAbsenceClassification.ArbeidsOngeval },
        { Absence("N", "11"), null, SiviAbsenceClassification.VerkeersongevalMetRegres },
        { Absence("N", "99"), null, SiviAbsenceClassification.OverigeRedenen },
        { Absence("O", "10"), null, SiviAbsenceClassification.ArbeidsOngeval },
        { Absence("J", wazo: "01"), null, SiviAbsenceClassification.ZwangerschapBevalling },
        { Absence("J", wazo: "02", reason: "02"), null, SiviAbsenceClassification.ZwangerschapBevalling },
        { Absence("J", reason: "02"), null, SiviAbsenceClassification.Orgaandonatie },
        { Absence("J", reason: "03"), null, SiviAbsenceClassification.GedeeltelijkVerzuimNaBeginDienstverband },
        { Absence("J", reason: "04"), null, SiviAbsenceClassification.OverigeOorzakenVangnet },
        { Absence("J"), new Dnstvbnd { SrtDnstvbndCd = "20" }, SiviAbsenceClassification.UitzendOfOproepkracht },
        { Absence("J"), new Dnstvbnd { Enddat = new DateOnly(2026, 3, 31) }, SiviAbsenceClassification.EindeDienstverbandTijdensVerzuim },
        { Absence("J"), new Dnstvbnd { Enddat = new DateOnly(2026, 2, 1) }, SiviAbsenceClassification.OverigeOorzakenVangnet },
        { Absence("J", "10"), null, SiviAbsenceClassification.OverigeOorzakenVangnet },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_classification_is_read_from_vangnet_cause_wazo_special_reason_and_employment(Vrzm absence, Dnstvbnd? employment, SiviAbsenceClassification expected) =>
        Assert.Equal(expected, new ClassificationMapper(Environment).Classifier.Classify(absence, employment));

    [Fact]
    public void The_environment_maps_each_classification_and_an_account_overrides_single_entries()
    {
        var mapper = new ClassificationMapper(Environment);
        var account = Account(new() { ["OverigeRedenen"] = "ACME-ZIEK", ["11"] = "ACME-VANGNET" });

        Assert.Equal(new AbsenceClassification(SiviAbsenceClassification.ArbeidsOngeval, "AO", ClassificationSource.Environment),
            mapper.Map(account, SiviAbsenceClassification.ArbeidsOngeval));
        Assert.Equal(new AbsenceClassification(SiviAbsenceClassification.OverigeRedenen, "ACME-ZIEK", ClassificationSource.AccountOverride),
            mapper.Map(account, SiviAbsenceClassification.OverigeRedenen));
        Assert.Equal("ACME-VANGNET", mapper.Map(account, SiviAbsenceClassification.OverigeOorzakenVangnet).ReceiverCode);
        Assert.Equal("ZIEK", mapper.Map(Account([]), SiviAbsenceClassification.OverigeRedenen).ReceiverCode);
        Assert.Equal("ZIEK", mapper.Map(null, SiviAbsenceClassification.OverigeRedenen).ReceiverCode);
        Assert.Equal(new AbsenceClassification(SiviAbsenceClassification.Orgaandonatie, "SIVI05", ClassificationSource.SiviDefault),
            mapper.Map(account, SiviAbsenceClassification.Orgaandonatie));
        Assert.Equal("ACME-ZIEK", mapper.Classify(account, Absence("N"), null).ReceiverCode);
    }

    [Fact]
    public void All_eleven_classifications_have_the_seeds_labels_and_default_codes()
    {
        Assert.Equal(11, SiviAbsenceClassifications.All.Count);
        Assert.Equal("Ziekte - arbeidsongeval", SiviAbsenceClassifications.Label(SiviAbsenceClassification.ArbeidsOngeval));
        Assert.Equal("Ziekte - overige oorzaken (vangnet)", SiviAbsenceClassifications.Label(SiviAbsenceClassification.OverigeOorzakenVangnet));
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"SIVI{i:00}"), SiviAbsenceClassifications.All.Select(SiviAbsenceClassifications.DefaultCode));
        Assert.All(SiviAbsenceClassifications.All, c => Assert.True(SiviAbsenceClassifications.TryParse(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture), out var parsed) && parsed == c));
        Assert.False(SiviAbsenceClassifications.TryParse("12", out _));
        Assert.False(SiviAbsenceClassifications.TryParse("0", out _));
        Assert.False(SiviAbsenceClassifications.TryParse("Griep", out _));
    }

    [Fact]
    public void A_mapping_or_rule_naming_an_unknown_classification_is_refused()
    {
        var problems = Assert.Throws<ReceivingConfigurationException>(() => new ClassificationMapper(new ReceivingOptions
        {
            Classifications = new() { ["Griep"] = "X", ["3"] = " " },
        })).Problems;
        Assert.Equal(2, problems.Count);
        Assert.Throws<ReceivingConfigurationException>(() => new ClassificationMapper(new ReceivingOptions
        {
            ClassificationRules = new() { SpecialReasons = new() { ["01"] = "12" } },
        }));
    }
}

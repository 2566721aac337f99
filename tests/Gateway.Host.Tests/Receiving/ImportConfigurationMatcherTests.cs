using Gateway.Receiving.Accounts;
using Gateway.Receiving.Imports;

namespace Gateway.Receiving.Tests;

public class ImportConfigurationMatcherTests
{
    private static ImportConfigurationMatcher SharedFolder() => ReceivingAccount.Create("acme", new ReceivingAccountOptions
    {
        AuthorisedEmployers = ["WG-0001"],
        ImportConfigurations =
        [
            new() { MessageType = "Verzuimmeldingen", Release = "2024", Folder = "/sivi/in/", FileFilter = "VZ*.xml" },
            new() { MessageType = "werknemersgegevens", Release = "2024", Folder = "sivi/in", FileFilter = "WN*.xml;WG??.xml" },
            new() { MessageType = "Dienstverbanden", Release = "2025", Folder = "./dienstverbanden" },
        ],
    }).Imports;

    [Theory]
    [InlineData("/sivi/in/VZ0001.xml", "Verzuimmeldingen 2024")]
    [InlineData("sivi/in/vz0001.XML", "Verzuimmeldingen 2024")]
    [InlineData("/SIVI/IN/Vz-20260218.xml", "Verzuimmeldingen 2024")]
    [InlineData("/sivi/in/WN1.xml", "WerknemersGegevens 2024")]
    [InlineData("/sivi/in/WG12.xml", "WerknemersGegevens 2024")]
    [InlineData("dienstverbanden/anything.xml", "Dienstverbanden 2025")]
    [InlineData("\\dienstverbanden\\x.xml", "Dienstverbanden 2025")]
    public void A_file_belongs_to_the_configuration_whose_folder_and_filter_cover_it_whatever_the_case(string path, string expected) =>
        Assert.Equal(expected, Assert.Single(SharedFolder().Candidates(path)).Name);

    [Theory]
    [InlineData("/sivi/in/DV0001.xml")]
    [InlineData("/sivi/in/VZ0001.txt")]
    [InlineData("/sivi/in/WG123.xml")]
    [InlineData("/sivi/in/sub/VZ0001.xml")]
    [InlineData("/sivi/VZ0001.xml")]
    [InlineData("VZ0001.xml")]
    public void A_file_no_configuration_covers_is_refused_with_its_folder(string path)
    {
        var matcher = SharedFolder();
        Assert.Empty(matcher.Candidates(path));
        var refusal = matcher.RefusalByLocation(path);
        Assert.NotNull(refusal);
        Assert.Contains("geen importconfiguratie", refusal, StringComparison.Ordinal);
        Assert.False(matcher.Match(path, "Verzuimmeldingen", "2024").IsMatch);
    }

    [Fact]
    public void A_recognised_type_or_release_the_covering_configuration_does_not_expect_is_refused_naming_both()
    {
        var matcher = SharedFolder();

        Assert.Equal("Verzuimmeldingen 2024", matcher.Match("/sivi/in/VZ1.xml", "Verzuimmeldingen", "2024").Configuration!.Name);
        var wrongRelease = matcher.Match("/sivi/in/VZ1.xml", "Verzuimmeldingen", "2022");
        Assert.False(wrongRelease.IsMatch);
        Assert.Equal("Bestand VZ1.xml is een Verzuimmeldingen-bericht van jaargang 2022, maar de importconfiguratie voor dit bestand verwacht Verzuimmeldingen 2024.",
            wrongRelease.Refusal);
        var wrongType = matcher.Match("/dienstverbanden/VZ1.xml", "Verzuimmeldingen", "2025");
        Assert.Contains("verwacht Dienstverbanden 2025", wrongType.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_configurations_may_share_folder_and_filter_and_be_told_apart_by_type()
    {
        var matcher = ReceivingAccount.Create("acme", new ReceivingAccountOptions
        {
            AuthorisedEmployers = ["WG-0001"],
            ImportConfigurations =
            [
                new() { MessageType = "Verzuimmeldingen", Release = "2024", Folder = "in" },
                new() { MessageType = "Dienstverbanden", Release = "2024", Folder = "in" },
            ],
        }).Imports;

        Assert.Equal(2, matcher.Candidates("in/a.xml").Count);
        Assert.Equal("Dienstverbanden", matcher.Match("in/a.xml", "Dienstverbanden", "2024").Configuration!.MessageType);
    }

    [Theory]
    [InlineData("VZ*.xml", "VZ.xml", true)]
    [InlineData("VZ*.xml", "vz123.xml", true)]
    [InlineData("VZ*.xml", "XVZ1.xml", false)]
    [InlineData("*", "anything", true)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("??.xml", "ab.xml", true)]
    [InlineData("??.xml", "abc.xml", false)]
    [InlineData("*.xml; *.XML ;RM*", "rm1.txt", true)]
    public void The_file_filter_follows_glob_rules_case_insensitively(string filter, string name, bool expected) =>
        Assert.Equal(expected, FileNameFilter.Parse(filter).IsMatch(name));

    [Theory]
    [InlineData("")]
    [InlineData(" ; ")]
    [InlineData("in/VZ*.xml")]
    public void A_filter_that_is_empty_or_holds_a_folder_is_refused(string filter) =>
        Assert.Throws<FormatException>(() => FileNameFilter.Parse(filter));

    [Fact]
    public void A_long_hostile_name_is_matched_quickly()
    {
        var filter = FileNameFilter.Parse("*a*a*a*a*a*a*a*b");
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(filter.IsMatch(new string('a', 5000)));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2));
    }
}

using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Registry;

/// <summary>
/// An operator installs an official schema set of a release the gateway does not ship (here a fictitious 2021: SIVI's
/// 2024 files moved to the 2021 namespaces, made at run time) next to or into the schema directory; the registry
/// recognises the release by its namespaces and validation uses it.
/// </summary>
public sealed class InstalledReleaseTests : IDisposable
{
    private readonly InstalledReleaseDirectory _installed = new();

    public void Dispose() => _installed.Dispose();

    [RequiresOfficialSchemasFact]
    public async Task An_official_set_installed_beside_the_shipped_one_is_recognised_and_validates()
    {
        _installed.Install(OfficialSchemas.Directory, "2024", "2021");
        var options = new SchemaRegistryOptions { SchemaDirectory = RepoPaths.OurSchemas + Path.PathSeparator + _installed.Path };

        var registry = await SchemaRegistry.LoadAsync(options);

        Assert.Equal(["2021", "2022", "2024", "2025", "2026"], registry.Releases);
        Assert.True(registry.IsInstalled("Verzuimmeldingen", "2021"));
        Assert.False(registry.IsInstalled("Documenten", "2021"));
        Assert.Equal(["2021", "2022", "2024", "2025", "2026"], registry.ReleasesOf("Afspraken"));
        Assert.Equal("2026", registry.Newest("Verzuimmeldingen")!.Release);
        var werknemers = registry.Find("2021", "WerknemersGegevens")!;
        Assert.Equal("http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2021", werknemers.Namespace);
        Assert.StartsWith(_installed.Path, werknemers.SchemaPath, StringComparison.Ordinal);

        var validator = new SiviValidator(registry);
        var valid = await validator.ValidateAsync(MiniDocuments.Stream(Release2021(OfficialDocuments.Verzuimmeldingen())), "vz-2021.xml");
        var invalid = await validator.ValidateAsync(MiniDocuments.Stream(Release2021(OfficialDocuments.Verzuimmeldingen(nmvrkr1: "09"))), "fout-2021.xml");

        Assert.True(valid.IsValid, string.Join("\n", valid.Errors));
        Assert.Equal(("Verzuimmeldingen", "2021"), (valid.MessageType!.Name, valid.Release));
        Assert.Equal("/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[1]/NmvrkrCd", Assert.Single(invalid.Errors).Path);
    }

    [Fact]
    public async Task A_release_installed_into_the_schema_directory_is_known_by_root_element_whatever_its_files_are_called()
    {
        _installed.CopyAll(RepoPaths.OurSchemas);
        _installed.Install(RepoPaths.OurSchemas, "2024", "2021", fileName: name => "sivi-" + name.ToLowerInvariant());

        var registry = await SchemaRegistry.LoadAsync(_installed.Path);

        var type = registry.Find("2021", "VerwerkingsmeldingWgr-Arbo")!;
        Assert.EndsWith(Path.Combine("2021", "sivi-verwerkingsmeldingwgr-arbo.xsd"), type.SchemaPath, StringComparison.Ordinal);
        Assert.Equal("VerwerkingsmeldingWerkgeverArbodienst", type.RootElement);
        Assert.Same(registry.Find("2021", "WerknemersGegevens"), registry.FindByRoot("WerknemerGegevens", "http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2021"));
        Assert.Equal(["2021", "2024", "2025", "2026"], registry.ReleasesOf("MedischeKaart"));
    }

    [Fact]
    public async Task A_document_of_a_release_that_is_not_installed_is_told_apart()
    {
        var registry = await SchemaRegistry.LoadAsync(RepoPaths.OurSchemas);
        var document = InstalledReleaseDirectory.MoveNamespaces(OfficialDocuments.Verzuimmeldingen(), "2024", "2019");

        var recognised = await registry.RecognizeAsync(MiniDocuments.Stream(document));
        var result = await new SiviValidator(registry).ValidateAsync(MiniDocuments.Stream(document), "vz-2019.xml");

        Assert.False(recognised.IsKnown);
        Assert.Equal("2019", recognised.DeclaredRelease);
        Assert.False(registry.IsInstalled("Verzuimmeldingen", "2019"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.UnknownMessage, error.Kind);
        Assert.Contains("release 2019 of Verzuimmeldingen is not installed", error.Message, StringComparison.Ordinal);
        Assert.Contains("installed releases: 2022, 2024, 2025, 2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documenten_2024_is_not_in_the_shipped_set()
    {
        var registry = await SchemaRegistry.LoadAsync(RepoPaths.OurSchemas);

        var result = await new SiviValidator(registry).ValidateAsync(
            MiniDocuments.Stream("<Documenten xmlns='http://www.sivi.org/Verzuimmanagement/Documenten/2024'/>"), "doc-2024.xml");

        Assert.Equal(["2022", "2025", "2026"], registry.ReleasesOf("Documenten"));
        Assert.Contains("release 2024 of Documenten is not installed", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_in_the_folder_of_another_release_is_refused_naming_both()
    {
        _installed.Install(RepoPaths.OurSchemas, "2024", "2024", folder: "2021");

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(_installed.Path));

        Assert.Contains(Path.Combine("2021", "AanvraagPreventieveDiensten.xsd"), error.Message, StringComparison.Ordinal);
        Assert.Contains("is release 2024, so it belongs in a folder named 2024, not 2021", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sivi_namespace_that_names_another_root_element_is_refused()
    {
        var schema = File.ReadAllText(Path.Combine(RepoPaths.OurSchemas, "2024", "Retourmelding1.xsd"))
            .Replace("Verzuimmanagement/Retourmelding1/2024", "Verzuimmanagement/Verzuimmeldingen/2024", StringComparison.Ordinal);
        _installed.Write("2024", "Retourmelding1", schema);

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(_installed.Path));

        Assert.Contains("declares element Retourmelding1, but its namespace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_release_in_two_directories_is_refused()
    {
        _installed.Install(RepoPaths.OurSchemas, "2025", "2025");

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync([RepoPaths.OurSchemas, _installed.Path]));

        Assert.Contains(_installed.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains(RepoPaths.OurSchemas, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_directory_setting_may_list_several_directories()
    {
        var options = new SchemaRegistryOptions { SchemaDirectory = $"/opt/gateway/xsd{Path.PathSeparator} /srv/sivi-xsd {Path.PathSeparator}" };

        Assert.Equal(["/opt/gateway/xsd", "/srv/sivi-xsd"], options.ResolvedDirectories);
        Assert.Equal([SchemaRegistryOptions.DefaultDirectory], new SchemaRegistryOptions().ResolvedDirectories);
    }

    private static string Release2021(string document) => InstalledReleaseDirectory.MoveNamespaces(document, "2024", "2021");
}

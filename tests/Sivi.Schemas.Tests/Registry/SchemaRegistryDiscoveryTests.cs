using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;

namespace Sivi.Schemas.Tests.Registry;

public sealed class SchemaRegistryDiscoveryTests : IDisposable
{
    private readonly MiniSchemaDirectory _schemas = new();

    public void Dispose() => _schemas.Dispose();

    [Fact]
    public async Task Discovers_releases_and_types_from_the_directory_layout()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);

        Assert.Equal(["2024", "2025"], registry.Releases);
        Assert.Equal(["Melding 2024", "Melding 2025", "Retour 2025"], registry.MessageTypes.Select(t => t.ToString()));
        var retour = Assert.Single(registry.TypesOf("2025"), t => t.Name == "Retour");
        Assert.Equal("Retourbericht", retour.RootElement);
        Assert.Equal(MiniSchemaDirectory.RetourNamespace, retour.Namespace);
        Assert.Equal(Path.Combine(_schemas.Path, "2025", "Retour.xsd"), retour.SchemaPath);
    }

    [Fact]
    public async Task Finds_a_type_by_release_and_name_and_by_root_element_and_namespace()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);

        var byName = registry.Find("2025", "Melding");
        var byRoot = registry.FindByRoot("Melding", MiniSchemaDirectory.Namespace("2025"));

        Assert.NotNull(byName);
        Assert.Same(byName, byRoot);
        Assert.Null(registry.Find("2026", "Melding"));
        Assert.Null(registry.FindByRoot("Melding", "urn:elsewhere"));
        Assert.Null(registry.FindByRoot("Retour", MiniSchemaDirectory.RetourNamespace));
        Assert.Equal(["2024", "2025"], registry.FindByRootElement("Melding").Select(t => t.Release));
    }

    [Fact]
    public async Task Compiles_each_schema_once_and_shares_it_between_threads()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);
        var type = registry.Find("2024", "Melding")!;

        var sets = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => registry.GetSchemaSet(type))));

        Assert.All(sets, set => Assert.Same(sets[0], set));
        Assert.True(sets[0].IsCompiled);
    }

    [Fact]
    public async Task A_missing_directory_is_reported_by_name()
    {
        var missing = Path.Combine(_schemas.Path, "nope");

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_that_is_not_xml_names_its_file()
    {
        _schemas.Write("2026", "Kapot", "dit is geen schema");

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(_schemas.Path));

        Assert.Contains("Kapot.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_with_a_dtd_is_refused()
    {
        _schemas.Write("2026", "Dtd", """
            <?xml version="1.0"?>
            <!DOCTYPE xsd:schema [<!ENTITY x "y">]>
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x"><xsd:element name="A"/></xsd:schema>
            """);

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(_schemas.Path));

        Assert.Contains("Dtd.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_files_declaring_the_same_root_and_namespace_are_refused()
    {
        _schemas.Write("2024", "Kopie", File.ReadAllText(Path.Combine(_schemas.Path, "2024", "Melding.xsd")));

        var error = await Assert.ThrowsAsync<SchemaRegistryException>(() => SchemaRegistry.LoadAsync(_schemas.Path));

        Assert.Contains("Kopie.xsd", error.Message, StringComparison.Ordinal);
        Assert.Contains("Melding.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_that_does_not_compile_is_reported_when_first_used()
    {
        _schemas.Write("2026", "Fout", """
            <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:fout">
              <xsd:element name="Fout" type="xsd:bestaatNiet"/>
            </xsd:schema>
            """);
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);

        var error = Assert.Throws<SchemaRegistryException>(() => registry.GetSchemaSet(registry.Find("2026", "Fout")!));

        Assert.Contains("Fout.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_directory_is_xsd_next_to_the_executable_and_configuration_can_replace_it()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "xsd"), new SchemaRegistryOptions().ResolvedDirectory);
        Assert.Equal("Sivi:SchemaDirectory", SchemaRegistryOptions.SchemaDirectoryKey);

        var registry = await SchemaRegistry.LoadAsync(new SchemaRegistryOptions { SchemaDirectory = _schemas.Path });

        Assert.Equal(3, registry.MessageTypes.Count);
    }

    [RequiresOfficialSchemasFact]
    public async Task Reads_sivis_official_schema_set()
    {
        var registry = await SchemaRegistry.LoadAsync(OfficialSchemas.Directory);

        Assert.Equal(["2022", "2024", "2025", "2026"], registry.Releases);
        Assert.Equal(
            ["AanvraagPreventieveDiensten", "Afspraken", "Dienstverbanden", "Documenten", "Retourmelding1", "Verzuimmeldingen",
                "WerkgeversGegevensBasisregistratie", "WerknemersGegevens"],
            registry.TypesOf("2022").Select(t => t.Name));
        Assert.Equal(
            ["AanvraagPreventieveDiensten", "Afspraken", "Dienstverbanden", "MedischeKaart", "Retourmelding1", "VerwerkingsmeldingWgr-Arbo",
                "Verzuimmeldingen", "WerkgeversGegevensBasisregistratie", "WerknemersGegevens"],
            registry.TypesOf("2024").Select(t => t.Name));
        Assert.All(["2025", "2026"], release => Assert.Equal(
            ["AanvraagPreventieveDiensten", "Afspraken", "Dienstverbanden", "Documenten", "MedischeKaart", "Retourmelding1",
                "VerwerkingsmeldingWgr-Arbo", "Verzuimmeldingen", "WerkgeversGegevensBasisregistratie", "WerknemersGegevens"],
            registry.TypesOf(release).Select(t => t.Name)));
        Assert.Null(registry.Find("2024", "Documenten"));
        Assert.Null(registry.Find("2022", "MedischeKaart"));
        var werknemers = registry.Find("2024", "WerknemersGegevens")!;
        Assert.Equal("WerknemerGegevens", werknemers.RootElement);
        Assert.Equal("http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2024", werknemers.Namespace);
        Assert.Same(werknemers, registry.FindByRoot("WerknemerGegevens", "http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2024"));
        Assert.All(registry.MessageTypes, type => Assert.True(registry.GetSchemaSet(type).IsCompiled, type.ToString()));
    }
}

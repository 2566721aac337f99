using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Tests.Definitions;

public class EmbeddedDefinitionsTests
{
    private static readonly SiviDefinitions Definitions = SiviDefinitions.Embedded;

    [Fact]
    public void Describes_every_public_release_and_message_type()
    {
        Assert.Equal(["2022", "2024", "2025", "2026"], Definitions.Releases);
        Assert.Equal(
            ["AanvraagPreventieveDiensten", "Afspraken", "Dienstverbanden", "Documenten", "MedischeKaart", "Retourmelding1",
                "VerwerkingsmeldingWgr-Arbo", "Verzuimmeldingen", "WerkgeversGegevensBasisregistratie", "WerknemersGegevens"],
            Definitions.MessageNames);
        // 8 types in all four releases, MedischeKaart and the Verwerkingsmelding from 2024, Documenten without 2024
        Assert.Equal(37, Definitions.All().Count());
        Assert.Equal(["2022", "2025", "2026"], Definitions.Releases.Where(r => Definitions.Exists("Documenten", r)));
        Assert.Equal(["2024", "2025", "2026"], Definitions.Releases.Where(r => Definitions.Exists("MedischeKaart", r)));
        Assert.Equal(["2024", "2025", "2026"], Definitions.Releases.Where(r => Definitions.Exists("VerwerkingsmeldingWgr-Arbo", r)));
    }

    [Fact]
    public void Names_a_root_element_from_the_message_lines_as_the_parsed_descriptions_do()
    {
        var roots = Definitions.All().Select(m => m.RootElement).Distinct(StringComparer.Ordinal).ToList();

        Assert.Equal(10, roots.Count);
        Assert.All(roots, root => Assert.Equal(Definitions.MessageNameOf(root), SiviDefinitions.EmbeddedMessageNameOf(root)));
        Assert.Equal("WerknemersGegevens", SiviDefinitions.EmbeddedMessageNameOf("WerknemerGegevens"));
        Assert.Null(SiviDefinitions.EmbeddedMessageNameOf("Onbekend"));
    }

    [Theory]
    [InlineData("Verzuimmeldingen", "2022", "00100", "00010")]
    [InlineData("Verzuimmeldingen", "2026", "00100", "00013")]
    [InlineData("Dienstverbanden", "2024", "00106", "00005")]
    [InlineData("Dienstverbanden", "2025", "00106", "00005")]
    [InlineData("Dienstverbanden", "2026", "00106", "00006")]
    [InlineData("WerknemersGegevens", "2025", "00600", "00006")]
    [InlineData("WerkgeversGegevensBasisregistratie", "2022", "00101", "00008")]
    [InlineData("Retourmelding1", "2026", "99999", "00003")]
    [InlineData("Afspraken", "2022", "00105", "00004")]
    [InlineData("Afspraken", "2025", "00105", "00005")]
    [InlineData("Afspraken", "2026", "00105", "00006")]
    [InlineData("Documenten", "2025", "00500", "00005")]
    [InlineData("Documenten", "2026", "00500", "00006")]
    [InlineData("AanvraagPreventieveDiensten", "2022", "00601", "00002")]
    [InlineData("AanvraagPreventieveDiensten", "2026", "00601", "00004")]
    [InlineData("MedischeKaart", "2024", "00501", "00001")]
    [InlineData("MedischeKaart", "2026", "00501", "00001")]
    public void Header_codes_per_release(string message, string release, string brCd, string vnrBrCd)
    {
        var schema = Definitions.Get(message, release);
        Assert.Equal(brCd, schema.BerichtCode);
        Assert.Equal(vnrBrCd, schema.VersieCode);
        Assert.Equal([brCd], schema.Find($"/{schema.RootElement}/BrAlg/BrCd")!.SimpleType!.Enumeration);
        Assert.Equal([vnrBrCd], schema.Find($"/{schema.RootElement}/BrAlg/VnrBrCd")!.SimpleType!.Enumeration);
    }

    [Fact]
    public void The_nearest_described_release_of_one_we_do_not_describe_is_the_next_one_else_the_last()
    {
        Assert.Equal("2022", Definitions.NearestRelease("Verzuimmeldingen", "2021"));
        Assert.Equal("2024", Definitions.NearestRelease("Verzuimmeldingen", "2024"));
        Assert.Equal("2026", Definitions.NearestRelease("Verzuimmeldingen", "2027"));
        Assert.Equal("2025", Definitions.NearestRelease("Documenten", "2024")); // Documenten 2024 is not described
        Assert.Null(Definitions.NearestRelease("Onbekend", "2021"));
        Assert.Equal("2022", Definitions.FindByRootOrNearest("Verzuimmeldingen", "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2021")!.Release);
        Assert.Null(Definitions.FindByRoot("Verzuimmeldingen", "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2021"));
        Assert.Null(Definitions.FindByRootOrNearest("Verzuimmeldingen", "http://www.sivi.org/Verzuimmanagement/Afspraken/2021"));
    }

    [Fact]
    public void WerknemersGegevens_has_root_and_namespace_without_s()
    {
        var schema = Definitions.Get("WerknemersGegevens", "2024");
        Assert.Equal("WerknemerGegevens", schema.RootElement);
        Assert.Equal("http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2024", schema.Namespace);
    }

    [Fact]
    public void Recognises_type_and_release_from_root_and_namespace()
    {
        var found = Definitions.FindByRoot("Verzuimmeldingen", "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2025");
        Assert.Equal(("Verzuimmeldingen", "2025"), (found!.Name, found.Release));
        Assert.Null(Definitions.FindByRoot("Verzuimmeldingen", "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2023"));
        Assert.Null(Definitions.FindByRoot("Verzuimmeldingen", "urn:other"));
        Assert.Null(Definitions.FindByRoot("Dienstverbanden", "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2025"));
    }

    [Fact]
    public void The_verwerkingsmelding_has_open_header_codes_and_its_own_root()
    {
        var schema = Definitions.Get("VerwerkingsmeldingWgr-Arbo", "2025");

        Assert.Equal("VerwerkingsmeldingWerkgeverArbodienst", schema.RootElement);
        Assert.Equal("http://www.sivi.org/Verzuimmanagement/VerwerkingsmeldingWerkgeverArbodienst/2025", schema.Namespace);
        Assert.Null(schema.BerichtCode);
        Assert.Null(schema.VersieCode);
        var brCd = schema.Find("/VerwerkingsmeldingWerkgeverArbodienst/BrAlg/BrCd")!.SimpleType!;
        Assert.Empty(brCd.Enumeration);
        Assert.Equal(5, brCd.MaxLength);
        Assert.Same(schema, Definitions.FindByRoot("VerwerkingsmeldingWerkgeverArbodienst", schema.Namespace));
    }

    [Fact]
    public void Afspraken_2026_carries_the_shortened_group_names()
    {
        var older = Definitions.Get("Afspraken", "2025");
        var latest = Definitions.Get("Afspraken", "2026");

        Assert.NotNull(older.Find("/Afspraken/Werkgever/Lhnr"));
        Assert.NotNull(older.Find("/Afspraken/Arbodienst/Contactpersoon/Communicatie/NrCom"));
        Assert.NotNull(older.Find("/Afspraken/Afspraak/Dienstverband/Verzuim/DatEerstVrzmdg"));
        Assert.Null(older.Find("/Afspraken/Wrkgvr"));
        Assert.Null(older.Find("/Afspraken/Afspraak/VormAfspraakCd"));
        Assert.NotNull(latest.Find("/Afspraken/Wrkgvr/Lhnr"));
        Assert.NotNull(latest.Find("/Afspraken/Arbdnst/Cntprsn/Com/NrCom"));
        Assert.NotNull(latest.Find("/Afspraken/Afspraak/StrAdrNl/Pc"));
        Assert.NotNull(latest.Find("/Afspraken/Afspraak/Dnstvbnd/Vrzm/DatEerstVrzmdg"));
        Assert.Null(latest.Find("/Afspraken/Werkgever"));
        Assert.Equal(["01", "02", "03"], latest.Find("/Afspraken/Afspraak/VormAfspraakCd")!.SimpleType!.Enumeration);
    }

    [Fact]
    public void Release_differences_are_resolved_per_release()
    {
        // 2022 still had employer addresses; later releases dropped them.
        Assert.NotNull(Definitions.Get("Verzuimmeldingen", "2022").Find("/Verzuimmeldingen/Wrkgvr/StrAdrNl"));
        Assert.Null(Definitions.Get("Verzuimmeldingen", "2024").Find("/Verzuimmeldingen/Wrkgvr/StrAdrNl"));
        // IBAN in Verzuimmeldingen up to 2024 only; the no-risk flag from 2025.
        Assert.NotNull(Definitions.Get("Verzuimmeldingen", "2024").Find("/Verzuimmeldingen/Wrkgvr/Wrknmr/BnkGiro/Iban"));
        Assert.Null(Definitions.Get("Verzuimmeldingen", "2025").Find("/Verzuimmeldingen/Wrkgvr/Wrknmr/BnkGiro"));
        Assert.NotNull(Definitions.Get("Verzuimmeldingen", "2025").Find("/Verzuimmeldingen/Wrkgvr/Wrknmr/WrknmrNoriskJN"));
        // Employments per employee: 99 until 2025, 999 in 2026.
        Assert.Equal(99, Definitions.Get("Dienstverbanden", "2025").Find("/Dienstverbanden/Wrkgvr/Wrknmr/Dnstvbnd")!.MaxOccurs);
        Assert.Equal(999, Definitions.Get("Dienstverbanden", "2026").Find("/Dienstverbanden/Wrkgvr/Wrknmr/Dnstvbnd")!.MaxOccurs);
        // IdWrknmr may not be empty from 2024 on.
        Assert.Null(Definitions.Get("Verzuimmeldingen", "2022").Find("/Verzuimmeldingen/Wrkgvr/Wrknmr/IdWrknmr")!.SimpleType!.MinLength);
        Assert.Equal(1, Definitions.Get("Verzuimmeldingen", "2024").Find("/Verzuimmeldingen/Wrkgvr/Wrknmr/IdWrknmr")!.SimpleType!.MinLength);
    }

    [Fact]
    public void Afspraken_and_the_other_new_types_are_known()
    {
        Assert.Equal("Afspraken", Definitions.Get("Afspraken", "2024").Name);
        var found = Definitions.FindByRoot("Afspraken", "http://www.sivi.org/Verzuimmanagement/Afspraken/2024");
        Assert.Equal(("Afspraken", "2024"), (found!.Name, found.Release));
    }

    [Fact]
    public void Unknown_type_or_release_is_a_clear_error()
    {
        var type = Assert.Throws<KeyNotFoundException>(() => Definitions.Get("Roosters", "2024"));
        Assert.Contains("Roosters", type.Message, StringComparison.Ordinal);
        var release = Assert.Throws<KeyNotFoundException>(() => Definitions.Get("Verzuimmeldingen", "2021"));
        Assert.Contains("2021", release.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<KeyNotFoundException>(() => Definitions.Get("Documenten", "2024"));
        Assert.Contains("Documenten is not described for release '2024'", missing.Message, StringComparison.Ordinal);
        Assert.Null(Definitions.FindByRoot("Documenten", "http://www.sivi.org/Verzuimmanagement/Documenten/2024"));
    }
}

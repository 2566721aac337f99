using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Tests.Definitions;

public class DescriptionParserTests
{
    private const string Types = """
        releases 2022 2024 2025
        type Code2 string len=2 enum=01,02 enum=03@2024-
        type Naam string max=10 min=1@2025
        """;

    private static SiviDefinitions Parse(string message) =>
        SiviDefinitions.Parse(new Dictionary<string, string> { ["types.sivi"] = Types, ["M.sivi"] = message });

    [Fact]
    public void Qualified_words_apply_only_to_their_releases()
    {
        var definitions = Parse("""
            message M root=Mroot code=00001 version=00001@-2024 version=00002@2025
            Mroot
              BrAlg
                BrCd code
                VnrBrCd version
              Oud@2022 ? date
              Item 1..9@-2024 1..99@2025
                Cd Code2
                Nm ? Naam
            """);
        var old = definitions.Get("M", "2022");
        var latest = definitions.Get("M", "2025");
        Assert.NotNull(old.Find("/Mroot/Oud"));
        Assert.Null(latest.Find("/Mroot/Oud"));
        Assert.Equal(9, old.Find("/Mroot/Item")!.MaxOccurs);
        Assert.Equal(99, latest.Find("/Mroot/Item")!.MaxOccurs);
        Assert.Equal(["01", "02"], old.Find("/Mroot/Item/Cd")!.SimpleType!.Enumeration);
        Assert.Equal(["01", "02", "03"], latest.Find("/Mroot/Item/Cd")!.SimpleType!.Enumeration);
        Assert.Null(definitions.Get("M", "2024").Find("/Mroot/Item/Nm")!.SimpleType!.MinLength);
        Assert.Equal(1, latest.Find("/Mroot/Item/Nm")!.SimpleType!.MinLength);
        Assert.Equal("00002", latest.VersieCode);
        Assert.Equal(["00001"], definitions.Get("M", "2024").Find("/Mroot/BrAlg/VnrBrCd")!.SimpleType!.Enumeration);
    }

    [Fact]
    public void A_renamed_element_takes_the_name_of_its_release()
    {
        var definitions = Parse("""
            message M root=Mroot code=00001 version=00001
            Mroot
              Werkgever@-2024|Wrkgvr@2025 ?
                Naam@2022|Nm@2025 Naam
                Cd Code2
            """);

        Assert.Equal(["Naam", "Cd"], definitions.Get("M", "2022").Find("/Mroot/Werkgever")!.Children.Select(c => c.Name));
        Assert.Equal(["Cd"], definitions.Get("M", "2024").Find("/Mroot/Werkgever")!.Children.Select(c => c.Name));
        Assert.Null(definitions.Get("M", "2025").Find("/Mroot/Werkgever"));
        Assert.Equal(["Nm", "Cd"], definitions.Get("M", "2025").Find("/Mroot/Wrkgvr")!.Children.Select(c => c.Name));
    }

    [Fact]
    public void Open_header_codes_leave_BrCd_and_VnrBrCd_to_the_element_types()
    {
        var definitions = Parse("""
            message M root=Mroot code=open version=open@2024-
            Mroot
              BrAlg
                BrCd string max=5
                VnrBrCd string max=5
            """);

        Assert.False(definitions.Exists("M", "2022"));
        var schema = definitions.Get("M", "2025");
        Assert.Null(schema.BerichtCode);
        Assert.Null(schema.VersieCode);
        Assert.Empty(schema.Find("/Mroot/BrAlg/BrCd")!.SimpleType!.Enumeration);
        var error = Assert.Throws<FormatException>(() => Parse("message M root=Mroot code=open version=open\nMroot\n  BrCd code"));
        Assert.Contains("/Mroot/BrCd: the message's BrCd is open", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mroot\n  X Onbekend", "M.sivi:3", "unknown type 'Onbekend'")]
    [InlineData("Mroot\n   X Code2", "M.sivi:3", "two spaces")]
    [InlineData("Mroot\n  X@2023 Code2", "M.sivi:3", "unknown release '2023'")]
    [InlineData("Mroot\n  X ? + Code2", "M.sivi:3", "2 occurrence ranges")]
    [InlineData("Mroot\n  X", "M.sivi:3", "neither a type nor child elements")]
    [InlineData("Mroot\n  X string lengte=3", "M.sivi:3", "unknown facet 'lengte'")]
    [InlineData("Mroot\n  X Code2\n  X Code2", "/Mroot", "occurs twice")]
    [InlineData("Mroot\n  X@-2024|Y@2024 Code2", "M.sivi:3", "X and Y both apply in release 2024")]
    public void Description_errors_name_file_line_and_cause(string tree, string where, string what)
    {
        var error = Assert.ThrowsAny<Exception>(() => Parse("message M root=Mroot code=00001 version=00001\n" + tree));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_release_without_a_version_code_has_no_message()
    {
        var definitions = Parse("message M root=Mroot code=00001 version=00001@2025\nMroot\n  X Code2");
        Assert.False(definitions.Exists("M", "2022"));
        Assert.True(definitions.Exists("M", "2025"));
        Assert.Single(definitions.All());
    }

    [Theory]
    [InlineData("2024", new[] { "2024" })]
    [InlineData("2024-", new[] { "2024", "2025" })]
    [InlineData("-2024", new[] { "2022", "2024" })]
    [InlineData("2022,2025", new[] { "2022", "2025" })]
    public void Release_sets(string text, string[] expected)
    {
        string[] known = ["2022", "2024", "2025"];
        var set = ReleaseSet.Parse(text, known);
        Assert.Equal(expected, known.Where(set.Contains));
    }
}

using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation.Datatypes;

/// <summary>
/// The validator's verdict follows XML Schema 1.0 where .NET's own datatype checks do not (dates and times, lengths
/// and patterns of strings with characters outside the Basic Multilingual Plane), with errors placed like any other.
/// </summary>
public sealed class SpecDatatypeVerdictTests(MiniValidation mini) : IClassFixture<MiniValidation>
{
    private static readonly string Emoji = "\U0001F600";

    [Theory]
    [InlineData("10000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData(" 2026-03-02\n")]
    public async Task Accepts_dates_the_specification_allows_and_dotnet_refuses(string date)
    {
        var result = await mini.ValidateAsync(WithDatum(date));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData("2026-03-02+14:01")]
    [InlineData("2026-03-02z")]
    [InlineData("2026-03-02\u00A0")]
    public async Task Refuses_dates_dotnet_lets_through(string date)
    {
        var result = await mini.ValidateAsync(WithDatum(date));

        var error = Assert.Single(result.Errors);
        Assert.Equal("/Melding/Kop/Datum", error.Path);
        Assert.Equal(4, error.Line);
        Assert.Equal(ValidationErrorKind.Schema, error.Kind);
        Assert.Contains("xs:date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_string_lengths_in_characters_not_utf16_units()
    {
        var ten = await mini.ValidateAsync(WithTekst(string.Concat(Enumerable.Repeat(Emoji, 10))));
        var eleven = await mini.ValidateAsync(WithTekst(string.Concat(Enumerable.Repeat(Emoji, 11))));

        Assert.True(ten.IsValid, string.Join("\n", ten.Errors));
        var error = Assert.Single(eleven.Errors);
        Assert.Equal("/Melding/Regel[1]/Tekst", error.Path);
        Assert.Contains("MaxLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_dotnet_errors_for_values_both_refuse()
    {
        var result = await mini.ValidateAsync(WithDatum("2 maart"));

        var error = Assert.Single(result.Errors);
        Assert.Contains("2 maart", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xs:date value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_written_documents_the_same_verdict()
    {
        var validation = mini.Validator.StartWritten("written.xml");
        var ns = MiniSchemaDirectory.Namespace("2024");
        validation.StartElement("Melding", ns, 1, 2);
        validation.StartElement("Kop", ns, 2, 4);
        Leaf(validation, ns, "Datum", "10000-01-01", 3);
        Leaf(validation, ns, "Code", "A", 4);
        validation.EndElement();
        validation.StartElement("Regel", ns, 6, 4);
        Leaf(validation, ns, "Nr", "1", 7);
        Leaf(validation, ns, "Tekst", string.Concat(Enumerable.Repeat(Emoji, 11)), 8);
        validation.EndElement();
        validation.EndElement();
        validation.EndDocument(10, 1);

        var error = Assert.Single(validation.Result().Errors);
        Assert.Equal("/Melding/Regel[1]/Tekst", error.Path);
    }

    private static void Leaf(WrittenDocumentValidation validation, string ns, string name, string value, int line)
    {
        validation.StartElement(name, ns, line, 6);
        validation.Text(value, line, 6 + name.Length + 2);
        validation.EndElement();
    }

    private static string WithDatum(string date) =>
        MiniDocuments.Valid().Replace("<Datum>2026-03-02</Datum>", $"<Datum>{date}</Datum>", StringComparison.Ordinal);

    private static string WithTekst(string tekst)
    {
        var document = MiniDocuments.Valid(regels: 1);
        var start = document.IndexOf("<Tekst>", StringComparison.Ordinal) + "<Tekst>".Length;
        var end = document.IndexOf("</Tekst>", start, StringComparison.Ordinal);
        return document[..start] + tekst + document[end..];
    }
}

using System.Text;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

public sealed class SchemaErrorReportingTests : IClassFixture<MiniValidation>
{
    private readonly MiniValidation _mini;

    public SchemaErrorReportingTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task A_valid_document_has_no_errors_and_names_its_type()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid("2025"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Melding", result.MessageType?.Name);
        Assert.Equal("2025", result.Release);
        Assert.Equal("test.xml", result.DisplayName);
    }

    [Fact]
    public async Task Every_schema_error_is_reported_with_line_column_and_element_path()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.WithThreeErrors());

        Assert.False(result.IsValid);
        Assert.Collection(result.Errors,
            e => AssertError(e, 4, "/Melding/Kop/Datum", "2 maart"),
            e => AssertError(e, 5, "/Melding/Kop/Code", "Enumeration"),
            e => AssertError(e, 13, "/Melding/Regel[2]/Tekst", "MaxLength"));
        Assert.All(result.Errors, e => Assert.Equal(ValidationErrorKind.Schema, e.Kind));
        Assert.All(result.Errors, e => Assert.Equal(6, e.Column));
    }

    private static void AssertError(SiviValidationError error, int line, string path, string messagePart)
    {
        Assert.Equal(line, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Structure_errors_name_the_unexpected_element()
    {
        var document = MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code>A</Code><Extra/>", StringComparison.Ordinal);

        var result = await _mini.ValidateAsync(document);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/Melding/Kop/Extra", error.Path);
        Assert.Contains("Extra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_content_is_reported_at_the_incomplete_element()
    {
        var document = MiniDocuments.Valid(regels: 3).Replace("<Tekst>regel 3</Tekst>", string.Empty, StringComparison.Ordinal);

        var result = await _mini.ValidateAsync(document);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/Melding/Regel[3]", error.Path);
        Assert.Contains("incomplete", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Errors_past_the_cap_are_counted_in_one_closing_entry()
    {
        var document = new StringBuilder(MiniDocuments.Valid(regels: 1500).Replace("<Nr>", "<Nr>x", StringComparison.Ordinal));

        var result = await _mini.ValidateAsync(document.ToString(), options: new SiviValidationOptions { MaxErrors = 1000 });

        Assert.Equal(1001, result.Errors.Count);
        Assert.All(result.Errors.Take(1000), e => Assert.Equal(ValidationErrorKind.Schema, e.Kind));
        Assert.Equal("/Melding/Regel[1000]/Nr", result.Errors[999].Path);
        var closing = result.Errors[^1];
        Assert.Equal(ValidationErrorKind.Omitted, closing.Kind);
        Assert.Equal("… and 500 more schema errors", closing.Message);
    }
}

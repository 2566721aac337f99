using System.Text;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>Documents that are not (well-formed) XML end in one clear error, never in an exception.</summary>
public sealed class MalformedInputTests : IClassFixture<MiniValidation>
{
    private readonly MiniValidation _mini;

    public MalformedInputTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task Text_that_is_not_xml()
    {
        var result = await _mini.ValidateAsync("Beste arbodienst, hierbij de verzuimmeldingen.");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Null(result.MessageType);
    }

    [Fact]
    public async Task An_empty_stream()
    {
        var result = await _mini.ValidateAsync([]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_of_only_whitespace_and_a_declaration()
    {
        var result = await _mini.ValidateAsync("<?xml version=\"1.0\"?>\n   \n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
    }

    [Fact]
    public async Task A_truncated_document_keeps_the_errors_found_before_the_cut()
    {
        var document = MiniDocuments.WithThreeErrors();
        var truncated = document[..document.IndexOf("<Regel>", StringComparison.Ordinal)] + "<Regel><Nr>1</N";

        var result = await _mini.ValidateAsync(truncated);

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal([ValidationErrorKind.Schema, ValidationErrorKind.Schema, ValidationErrorKind.NotWellFormed], result.Errors.Select(e => e.Kind));
        var cut = result.Errors[^1];
        Assert.Equal(7, cut.Line);
        Assert.StartsWith("not well-formed XML", cut.Message, StringComparison.Ordinal);
        Assert.Equal("Melding", result.MessageType?.Name);
    }

    [Fact]
    public async Task Mismatched_tags()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid().Replace("</Kop>", "</Kopje>", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
        Assert.Equal(6, error.Line);
        Assert.Contains("Kopje", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_not_text()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = 0xFF;
        noise[1] = 0x00;

        var result = await _mini.ValidateAsync(noise);

        Assert.False(result.IsValid);
        Assert.Equal(ValidationErrorKind.NotWellFormed, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public async Task A_valid_document_in_utf16_with_byte_order_mark_validates()
    {
        var text = MiniDocuments.Valid().Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = await _mini.ValidateAsync(bytes);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Melding", result.MessageType?.Name);
    }

    [Fact]
    public async Task A_valid_document_in_big_endian_utf16_validates()
    {
        var text = MiniDocuments.Valid().Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray();

        var result = await _mini.ValidateAsync(bytes);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task A_valid_document_with_a_utf8_byte_order_mark_validates()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(MiniDocuments.Utf8(MiniDocuments.Valid())).ToArray();

        var result = await _mini.ValidateAsync(bytes);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task Non_ascii_content_in_utf8_is_measured_in_characters()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid().Replace("regel 1", "één ÿ€ü", StringComparison.Ordinal));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }
}

using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

public sealed class ReleaseSelectionTests : IClassFixture<MiniValidation>
{
    private readonly MiniValidation _mini;

    public ReleaseSelectionTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task A_requested_release_that_matches_the_document_validates_normally()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid("2024"), release: "2024");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("2024", result.MessageType?.Release);
    }

    [Fact]
    public async Task A_document_of_another_release_than_requested_names_both()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid("2024"), release: "2025");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.ReleaseMismatch, error.Kind);
        Assert.Contains("release 2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("release 2025", error.Message, StringComparison.Ordinal);
        Assert.Contains(MiniSchemaDirectory.Namespace("2025"), error.Message, StringComparison.Ordinal);
        Assert.Null(result.MessageType);
        Assert.Equal("2025", result.Release);
        Assert.Equal((2, 2), (error.Line, error.Column));
    }

    [Fact]
    public async Task A_requested_release_that_lacks_the_type_says_so()
    {
        var document = "<Retourbericht xmlns='urn:test:sivi:Retourbericht/2025'><Ok>true</Ok></Retourbericht>";

        var result = await _mini.ValidateAsync(document, release: "2024");

        var error = Assert.Single(result.Errors);
        Assert.Contains("release 2025", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024 was requested, which has no Retour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requested_release_missing_from_the_schema_directory_is_an_error()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid("2024"), release: "2030");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.ReleaseMismatch, error.Kind);
        Assert.Contains("release 2030 is not in the schema directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_namespace_is_invalid_and_the_error_names_it()
    {
        var document = MiniDocuments.Valid().Replace(MiniSchemaDirectory.Namespace("2024"), "urn:test:sivi:Melding/2019", StringComparison.Ordinal);

        var result = await _mini.ValidateAsync(document);

        Assert.False(result.IsValid);
        Assert.Null(result.MessageType);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.UnknownMessage, error.Kind);
        Assert.Contains("'urn:test:sivi:Melding/2019'", error.Message, StringComparison.Ordinal);
        Assert.Contains(MiniSchemaDirectory.Namespace("2024"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_root_element_is_invalid()
    {
        var result = await _mini.ValidateAsync("<Factuur xmlns='urn:boekhouding'><Bedrag>1</Bedrag></Factuur>");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.UnknownMessage, error.Kind);
        Assert.Contains("'Factuur'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'urn:boekhouding'", error.Message, StringComparison.Ordinal);
    }
}

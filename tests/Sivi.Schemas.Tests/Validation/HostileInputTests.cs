using System.Text;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>Documents built to read files, exhaust memory or overflow the stack are refused with a clear error.</summary>
public sealed class HostileInputTests : IClassFixture<MiniValidation>
{
    private readonly MiniValidation _mini;

    public HostileInputTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task An_external_entity_is_refused_and_the_file_is_not_read()
    {
        var secret = Path.Combine(_mini.Directory, "geheim.txt");
        await File.WriteAllTextAsync(secret, "GEHEIM-7f3a");
        var document = $"""
            <?xml version="1.0"?>
            <!DOCTYPE Melding [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <Melding xmlns="{MiniSchemaDirectory.Namespace("2024")}"><Kop><Datum>&xxe;</Datum><Code>A</Code></Kop></Melding>
            """;

        var result = await _mini.ValidateAsync(document);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM", error.Message, StringComparison.Ordinal);
        Assert.Null(result.MessageType);
    }

    [Fact]
    public async Task A_billion_laughs_document_is_refused_without_expanding_anything()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }
        var document = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Melding [{entities}]>\n<Melding xmlns=\"{MiniSchemaDirectory.Namespace("2024")}\">&lol9;</Melding>";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = await _mini.ValidateAsync(document);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.NotWellFormed, error.Kind);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public async Task Deep_nesting_stops_at_the_depth_limit_without_overflowing_the_stack()
    {
        const int depth = 20_000;
        var document = new StringBuilder($"<Melding xmlns=\"{MiniSchemaDirectory.Namespace("2024")}\">");
        document.Insert(document.Length, "<a>", depth).Insert(document.Length, "</a>", depth).Append("</Melding>");

        var result = await _mini.ValidateAsync(document.ToString(), options: new SiviValidationOptions { MaxDepth = 64 });

        Assert.False(result.IsValid);
        var limit = result.Errors[^1];
        Assert.Equal(ValidationErrorKind.Limit, limit.Kind);
        Assert.Contains("64", limit.Message, StringComparison.Ordinal);
        Assert.Equal(64, limit.Path!.Split('/', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1, limit.Line);
    }

    [Fact]
    public async Task Nesting_up_to_the_limit_is_read()
    {
        var document = MiniDocuments.Valid();

        var result = await _mini.ValidateAsync(document, options: new SiviValidationOptions { MaxDepth = 3 });

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task A_document_past_the_character_limit_is_refused_with_its_position()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid(regels: 2000), options: new SiviValidationOptions { MaxCharactersInDocument = 10_000 });

        var error = result.Errors[^1];
        Assert.Equal(ValidationErrorKind.Limit, error.Kind);
        Assert.Contains("10000 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 100, $"line {error.Line}");
    }
}

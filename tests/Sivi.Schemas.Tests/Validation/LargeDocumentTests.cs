using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>Very large documents are streamed: the validator never holds the whole document.</summary>
[Collection(RunsAlone.Name)]
public sealed class LargeDocumentTests : IClassFixture<MiniValidation>
{
    private static readonly long SixtyMegabytes = 60L * 1000 * 1000;

    private readonly MiniValidation _mini;

    public LargeDocumentTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task A_60_MB_message_gets_a_verdict_with_bounded_memory()
    {
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long nextSample = 0;
        using var document = new GeneratedMeldingStream(SixtyMegabytes)
        {
            OnRead = read =>
            {
                if (read >= nextSample)
                {
                    // live heap (after a full collection), so a large gen0 budget on some machines does not count
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                    nextSample = read + (8 * 1024 * 1024);
                }
            },
        };

        var result = await _mini.Validator.ValidateAsync(document, "groot.xml");

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(document.DocumentLength, document.BytesRead);
        Assert.True(document.DocumentLength >= SixtyMegabytes - 1000);
        Assert.True(peak < 16L * 1024 * 1024, $"live heap grew by {peak / 1024 / 1024} MiB while reading a {document.DocumentLength / 1024 / 1024} MiB document");
    }

    [Fact]
    public async Task A_60_MB_message_over_a_lower_character_limit_is_refused_early()
    {
        var validator = new SiviValidator(_mini.Registry, new SiviValidationOptions { MaxCharactersInDocument = 8L * 1024 * 1024 });
        using var document = new GeneratedMeldingStream(SixtyMegabytes);

        var result = await validator.ValidateAsync(document, "groot.xml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationErrorKind.Limit, error.Kind);
        Assert.True(error.Line > 1000, $"line {error.Line}");
        Assert.True(document.BytesRead < 16L * 1024 * 1024, $"read {document.BytesRead} bytes");
    }
}

using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;
using Sivi.Schemas.Validation.Compiled;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>
/// The quick pass only ever proves a document valid: whatever it is unsure of goes to the full validation, so the
/// verdict and the errors are the same with the quick pass on and off, from memory and from (buffered or streamed)
/// files.
/// </summary>
public sealed class QuickPassTests : IClassFixture<MiniValidation>, IDisposable
{
    private static readonly SiviValidationOptions FullOnly = new() { QuickPass = false };
    private readonly MiniValidation _mini;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sivi-quick-" + Guid.NewGuid().ToString("N"));

    public QuickPassTests(MiniValidation mini)
    {
        _mini = mini;
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string> Documents() => new()
    {
        { "valid", MiniDocuments.Valid() },
        { "three errors", MiniDocuments.WithThreeErrors() },
        { "schema location attribute", MiniDocuments.Valid().Replace("<Melding ", "<Melding xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"x y\" ", StringComparison.Ordinal) },
        { "an unknown attribute", MiniDocuments.Valid().Replace("<Kop>", "<Kop id=\"1\">", StringComparison.Ordinal) },
        { "a date between spaces", MiniDocuments.Valid().Replace("<Datum>2026-03-02</Datum>", "<Datum> 2026-03-02 </Datum>", StringComparison.Ordinal) },
        { "a value split by a comment", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code><!-- c -->A</Code>", StringComparison.Ordinal) },
        { "a number with a sign", MiniDocuments.Valid().Replace("<Nr>1</Nr>", "<Nr>+1</Nr>", StringComparison.Ordinal) },
        { "text between elements", MiniDocuments.Valid().Replace("</Kop>", "</Kop>tekst", StringComparison.Ordinal) },
        { "a missing element", MiniDocuments.Valid().Replace("<Code>A</Code>", "", StringComparison.Ordinal) },
        { "an element too many", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code>A</Code><Code>B</Code>", StringComparison.Ordinal) },
        { "truncated", MiniDocuments.Valid()[..^20] },
        { "a second root", MiniDocuments.Valid() + "<Melding/>" },
        { "comments and line ends after the root", MiniDocuments.Valid() + "<!-- einde -->\n\n" },
        { "an empty simple element", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code/>", StringComparison.Ordinal) },
        { "an int past its range", MiniDocuments.Valid().Replace("<Nr>1</Nr>", "<Nr>2147483648</Nr>", StringComparison.Ordinal) },
        { "the largest int", MiniDocuments.Valid().Replace("<Nr>1</Nr>", "<Nr>2147483647</Nr>", StringComparison.Ordinal) },
        { "a decimal", MiniDocuments.Valid(regels: 1).Replace("</Tekst>", "</Tekst><Bedrag>0012.50</Bedrag>", StringComparison.Ordinal) },
    };

    [Fact]
    public void The_mini_schema_gets_the_quick_pass()
    {
        var type = _mini.Registry.Find("2024", "Melding")!;

        var compiled = CompiledSchema.For(_mini.Registry.GetSchemaSet(type));

        Assert.NotNull(compiled?.Root("Melding", MiniSchemaDirectory.Namespace("2024")));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Gives_the_full_validations_verdict_and_errors(string name, string document)
    {
        var quick = await _mini.ValidateAsync(document);
        var full = await _mini.ValidateAsync(document, options: FullOnly);

        Assert.True(full.Errors.SequenceEqual(quick.Errors), $"{name}: {string.Join(" | ", quick.Errors)} <> {string.Join(" | ", full.Errors)}");
    }

    [Fact]
    public async Task A_schema_using_what_the_quick_pass_does_not_cover_is_validated_in_full()
    {
        var type = _mini.Registry.Find("2025", "Retour")!;
        var document = $"<Retourbericht xmlns=\"{MiniSchemaDirectory.RetourNamespace}\"><Ok>true</Ok></Retourbericht>";

        Assert.Null(CompiledSchema.For(_mini.Registry.GetSchemaSet(type)));
        Assert.True((await _mini.ValidateAsync(document)).IsValid);
        Assert.False((await _mini.ValidateAsync(document.Replace("true", "ja", StringComparison.Ordinal))).IsValid);
    }

    [Theory]
    [InlineData(1024 * 1024)]
    [InlineData(64)]
    public async Task Gives_files_the_same_verdict_buffered_or_streamed(int maxBufferedFileBytes)
    {
        var valid = Path.Combine(_directory, "goed.xml");
        var invalid = Path.Combine(_directory, "fout.xml");
        await File.WriteAllTextAsync(valid, MiniDocuments.Valid(regels: 200));
        await File.WriteAllTextAsync(invalid, MiniDocuments.Valid(regels: 200).Replace("<Nr>200</Nr>", "<Nr>x</Nr>", StringComparison.Ordinal));
        var quick = new SiviValidator(_mini.Registry, new SiviValidationOptions { MaxBufferedFileBytes = maxBufferedFileBytes });

        Assert.True((await quick.ValidateFileAsync(valid)).IsValid);
        var error = Assert.Single((await quick.ValidateFileAsync(invalid)).Errors);
        Assert.Equal("/Melding/Regel[200]/Nr", error.Path);
    }

    [Fact]
    public async Task Leaves_the_depth_limit_to_the_full_validation()
    {
        var result = await _mini.ValidateAsync(MiniDocuments.Valid(), options: new SiviValidationOptions { MaxDepth = 2 });

        Assert.Equal(ValidationErrorKind.Limit, Assert.Single(result.Errors).Kind);
    }
}

using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>Files are read whole when small and streamed when large; both give the same verdicts.</summary>
public sealed class FileValidationTests : IClassFixture<MiniValidation>, IDisposable
{
    private readonly MiniValidation _mini;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sivi-files-" + Guid.NewGuid().ToString("N"));

    public FileValidationTests(MiniValidation mini)
    {
        _mini = mini;
        Directory.CreateDirectory(_directory);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(1024 * 1024)]
    [InlineData(64)]
    public async Task A_file_gets_the_same_errors_whether_buffered_or_streamed(int maxBufferedFileBytes)
    {
        var path = Path.Combine(_directory, "drie-fouten.xml");
        await File.WriteAllTextAsync(path, MiniDocuments.WithThreeErrors());
        var validator = new SiviValidator(_mini.Registry, new SiviValidationOptions { MaxBufferedFileBytes = maxBufferedFileBytes });

        var result = await validator.ValidateFileAsync(path);

        Assert.Equal(path, result.DisplayName);
        Assert.Equal([4, 5, 13], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task An_empty_file_is_invalid()
    {
        var path = Path.Combine(_directory, "leeg.xml");
        await File.WriteAllBytesAsync(path, []);

        var result = await _mini.Validator.ValidateFileAsync(path);

        Assert.Contains("empty", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_an_io_error_not_a_verdict()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => _mini.Validator.ValidateFileAsync(Path.Combine(_directory, "weg.xml")));
    }
}

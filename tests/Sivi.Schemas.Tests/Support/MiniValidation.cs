using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Support;

/// <summary>A mini schema directory with its registry and a validator over it, for one test class.</summary>
public sealed class MiniValidation : IAsyncLifetime
{
    private readonly MiniSchemaDirectory _schemas = new();

    public SchemaRegistry Registry { get; private set; } = null!;

    public SiviValidator Validator { get; private set; } = null!;

    public string Directory => _schemas.Path;

    public async Task InitializeAsync()
    {
        Registry = await SchemaRegistry.LoadAsync(_schemas.Path);
        Validator = new SiviValidator(Registry);
    }

    public Task DisposeAsync()
    {
        _schemas.Dispose();
        return Task.CompletedTask;
    }

    public Task<SiviValidationResult> ValidateAsync(string document, string? release = null, SiviValidationOptions? options = null) =>
        ValidateAsync(MiniDocuments.Utf8(document), release, options);

    public Task<SiviValidationResult> ValidateAsync(byte[] document, string? release = null, SiviValidationOptions? options = null) =>
        new SiviValidator(Registry, options).ValidateAsync(new MemoryStream(document, writable: false), "test.xml", release);
}

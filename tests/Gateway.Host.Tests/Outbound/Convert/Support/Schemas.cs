using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>Validators over our schema set and, when present, SIVI's official one; loaded once per test run.</summary>
internal static class Schemas
{
    private static readonly Lazy<Task<SiviValidator>> Ours = new(async () => new SiviValidator(await SchemaRegistry.LoadAsync(RepoPaths.OurSchemas)));

    private static readonly Lazy<Task<SiviValidator?>> Official = new(async () =>
        RepoPaths.OfficialSchemas is { } directory ? new SiviValidator(await SchemaRegistry.LoadAsync(directory)) : null);

    public static Task<SiviValidator> OursAsync() => Ours.Value;

    /// <summary>The official set's validator, or null on a machine without ../shared/sivi/xsd.</summary>
    public static Task<SiviValidator?> OfficialAsync() => Official.Value;

    /// <summary>The schema errors of a document against a validator and release ("" when valid).</summary>
    public static async Task<string> ErrorsAsync(SiviValidator validator, byte[] content, string release, string name)
    {
        using var stream = new MemoryStream(content);
        var result = await validator.ValidateAsync(stream, name, release);
        return string.Join("\n", result.Errors.Select(e => e.ToString()));
    }
}

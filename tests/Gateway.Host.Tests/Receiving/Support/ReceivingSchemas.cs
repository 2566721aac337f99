using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Tests.Support;

/// <summary>Validators over our schema set and SIVI's official one (when beside the checkout); loaded once per run.</summary>
internal static class ReceivingSchemas
{
    private static readonly Lazy<Task<SiviValidator>> Ours =
        new(async () => new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd"))));

    private static readonly Lazy<Task<SiviValidator?>> Official =
        new(async () => RepoPaths.OfficialSchemas is { } directory ? new SiviValidator(await SchemaRegistry.LoadAsync(directory)) : null);

    public static Task<SiviValidator> OursAsync() => Ours.Value;

    public static Task<SiviValidator?> OfficialAsync() => Official.Value;

    /// <summary>The errors of <paramref name="content"/> under <paramref name="validator"/> for <paramref name="release"/>, "" when valid.</summary>
    public static async Task<string> ErrorsAsync(SiviValidator validator, byte[] content, string release)
    {
        using var stream = new MemoryStream(content);
        var result = await validator.ValidateAsync(stream, "retourmelding", release);
        return string.Join("\n", result.Errors.Select(e => e.ToString()));
    }
}

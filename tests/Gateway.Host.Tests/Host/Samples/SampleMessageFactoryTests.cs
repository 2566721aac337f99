using Gateway.Host.Samples;
using Gateway.Host.Tests.Support;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Tests.Samples;

/// <summary>The sample of every type in every release is valid under our schema set and under SIVI's official one.</summary>
public sealed class SampleMessageFactoryTests
{
    public static TheoryData<string> Releases() => [.. SiviDefinitions.Embedded.Releases];

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Every_sample_is_valid_under_our_schemas(string release) =>
        await AssertAllValidAsync(Path.Combine(RepoPaths.Root, "xsd"), release);

    [RequiresOfficialSchemasTheory]
    [MemberData(nameof(Releases))]
    public async Task Every_sample_is_valid_under_the_official_schemas(string release) =>
        await AssertAllValidAsync(RepoPaths.OfficialSchemas!, release);

    private static async Task AssertAllValidAsync(string schemaDirectory, string release)
    {
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(schemaDirectory));
        var factory = new SampleMessageFactory(SiviDefinitions.Embedded, TimeProvider.System);
        var types = new List<string>();
        foreach (var message in factory.All(release))
        {
            var bytes = await SiviMessageWriter.Default.ToBytesAsync(message, release);
            var result = await validator.ValidateAsync(new MemoryStream(bytes), message.MessageName, release);
            Assert.True(result.IsValid, $"{message.MessageName} {release}: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            types.Add(message.MessageName);
        }
        Assert.Equal(["WerkgeversGegevensBasisregistratie", "Dienstverbanden", "WerknemersGegevens", "Verzuimmeldingen", "Retourmelding1"], types);
    }
}

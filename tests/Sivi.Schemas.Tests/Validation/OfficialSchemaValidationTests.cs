using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>Handwritten messages against SIVI's official schemas (skipped when ../shared is absent).</summary>
public sealed class OfficialSchemaValidationTests
{
    private static readonly Lazy<Task<SiviValidator>> Validator = new(async () =>
        new SiviValidator(await SchemaRegistry.LoadAsync(OfficialSchemas.Directory)));

    [RequiresOfficialSchemasFact]
    public async Task A_handwritten_verzuimmelding_2024_is_valid()
    {
        var result = await ValidateAsync(OfficialDocuments.Verzuimmeldingen());

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Verzuimmeldingen", result.MessageType?.Name);
        Assert.Equal("2024", result.Release);
    }

    [RequiresOfficialSchemasFact]
    public async Task A_handwritten_retourmelding_2024_is_valid()
    {
        var result = await ValidateAsync(OfficialDocuments.Retourmelding1());

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("Retourmelding1", result.MessageType?.Name);
    }

    [RequiresOfficialSchemasFact]
    public async Task Three_errors_in_a_verzuimmelding_give_three_errors_with_positions_and_paths()
    {
        var result = await ValidateAsync(OfficialDocuments.Verzuimmeldingen(gebdat2: "31-12-1970", nmvrkr1: "09", prcVrzm1: "100"));

        Assert.Collection(result.Errors,
            e => Assert.Equal((23, 8, "/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[1]/NmvrkrCd"), (e.Line, e.Column, e.Path)),
            e => Assert.Equal((38, 12, "/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[1]/Dnstvbnd[1]/Vrzm[1]/PrcVrzm"), (e.Line, e.Column, e.Path)),
            e => Assert.Equal((65, 8, "/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[2]/Gebdat"), (e.Line, e.Column, e.Path)));
    }

    [RequiresOfficialSchemasFact]
    public async Task A_retourmelding_of_2024_requested_as_2022_names_both_releases()
    {
        var result = await ValidateAsync(OfficialDocuments.Retourmelding1(), release: "2022");

        var error = Assert.Single(result.Errors);
        Assert.Contains("release 2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("release 2022", error.Message, StringComparison.Ordinal);
    }

    private static async Task<SiviValidationResult> ValidateAsync(string document, string? release = null)
    {
        var validator = await Validator.Value;
        return await validator.ValidateAsync(MiniDocuments.Stream(document), "official.xml", release);
    }
}

using Sivi.Messages.Model;
using Sivi.Messages.Tests.Support;
using Sivi.Messages.Writing;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Sivi.Messages.Tests;

/// <summary>
/// Validating a message while it is written (the writer telling a <see cref="WrittenDocumentValidation"/> each element
/// and text) gives exactly the verdict of validating the written bytes: the same errors at the same line, column and
/// element path, for valid and invalid messages, against our schemas and SIVI's official ones.
/// </summary>
public class WrittenValidationTests
{
    private static readonly Lazy<Task<SiviValidator>> Ours = new(async () =>
        new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd"))));

    private static readonly Lazy<Task<SiviValidator?>> Official = new(async () =>
        RepoPaths.OfficialSchemas is { } directory ? new SiviValidator(await SchemaRegistry.LoadAsync(directory)) : null);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var release in new[] { "2022", "2024", "2025", "2026" })
        {
            foreach (var change in Changes.Keys)
            {
                data.Add(release, change);
            }
        }
        return data;
    }

    /// <summary>Changes to a valid message: some keep it valid, most break it in one of the ways a schema can.</summary>
    private static readonly Dictionary<string, Action<Verzuimmeldingen>> Changes = new()
    {
        ["as built"] = _ => { },
        ["empty text"] = m => Employee(m).SignNm = "",
        ["white text"] = m => Employee(m).SignNm = "   ",
        ["escaped text and line ends"] = m => Employee(m).SignNm = "Smit & <Zn>\r\nB.V.\rx\ny",
        ["text over its length"] = m => Employee(m).SignNm = new string('x', 300),
        ["code outside its list"] = m => Employee(m).GslchtCd = "X",
        ["decimal outside its facets"] = m => Employee(m).Dnstvbnd[0].Vrzm[0].PrcVrzm = 1234.567m,
        ["required element missing"] = m => Employee(m).IdWrknmr = null,
        ["empty element"] = m => Employee(m).Prtnr = new Prtnr(),
        ["several errors on several lines"] = m =>
        {
            Employee(m).SignNm = "a\nb\nc";
            Employee(m).GslchtCd = "";
            Employee(m).Dnstvbnd[0].Vrzm[0].VrwrkCd = "99";
            Employee(m).Dnstvbnd[0].Cntprsn[0].Com[0].NrCom = "";
        },
        ["repeated elements, the second broken"] = m =>
        {
            var contact = Employee(m).Dnstvbnd[0].Cntprsn[0];
            contact.Com.Add(new Com { SrtComCd = "x", NrCom = "0612345678" });
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validating_while_writing_gives_the_verdict_of_validating_the_bytes(string release, string change)
    {
        var message = SampleMessages.Verzuimmelding(release);
        Changes[change](message);
        foreach (var validator in new[] { await Ours.Value, await Official.Value })
        {
            if (validator is null)
            {
                continue;
            }
            var validation = validator.StartWritten("m.xml", release);
            using var buffer = new PooledBufferWriter();

            SiviMessageWriter.Default.Write(buffer, message, release, validation, CancellationToken.None);

            using var bytes = new MemoryStream(buffer.WrittenSpan.ToArray());
            var expected = await validator.ValidateAsync(bytes, "m.xml", release);
            Assert.Equal(Describe(expected), Describe(validation.Result()));
            Assert.Equal(change is "as built" or "empty text" or "white text" or "escaped text and line ends", expected.IsValid);
        }
    }

    [Fact]
    public async Task A_release_the_schemas_do_not_have_is_refused_as_for_the_bytes()
    {
        var validator = await Ours.Value;
        var message = SampleMessages.Verzuimmelding("2025");
        var validation = validator.StartWritten("m.xml", "2024");
        using var buffer = new PooledBufferWriter();

        SiviMessageWriter.Default.Write(buffer, message, "2025", validation, CancellationToken.None);

        using var bytes = new MemoryStream(buffer.WrittenSpan.ToArray());
        var expected = await validator.ValidateAsync(bytes, "m.xml", "2024");
        Assert.Equal(ValidationErrorKind.ReleaseMismatch, Assert.Single(expected.Errors).Kind);
        Assert.Equal(Describe(expected), Describe(validation.Result()));
    }

    private static Wrknmr Employee(Verzuimmeldingen message) => message.Wrkgvr[0].Wrknmr[0];

    private static string Describe(SiviValidationResult result) =>
        $"{result.DisplayName} {result.MessageType} {result.Release}\n" + string.Join("\n", result.Errors.Select(e => $"{e.Kind} {e}"));
}

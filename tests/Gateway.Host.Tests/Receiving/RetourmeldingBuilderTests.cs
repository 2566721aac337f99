using Gateway.Host.Tests.Support;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Receiving.Tests.Support;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Tests;

public class RetourmeldingBuilderTests
{
    private static readonly RetourmeldingBuilder Builder = new(SiviDefinitions.Embedded, TimeProvider.System, new ReceivingOptions { OwnIdentification = "ARBO" });

    public static TheoryData<string> Releases() => [.. SiviDefinitions.Embedded.Releases];

    private static ReceivedHeader Header(string release, string? berrefnr = "0190f3c1a2b34c5d8e9f0a1b2c3d4e5f") =>
        new("Verzuimmeldingen", release, berrefnr, "HR-SYSTEEM", "ARBODIENST", "N", "J");

    private static IReadOnlyList<ReceivingError> Errors() =>
    [
        ReceivingErrors.UnknownCase("WG-0001", "CASE-1", "02", 4),
        ReceivingErrors.FromValidation(new Sivi.Schemas.Validation.SiviValidationError(12, 7, "/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[1]/SofiNr",
            "The 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024:SofiNr' element is invalid - The value '123456782' is invalid according to its datatype 'http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2024:Sofinummer' - The Pattern constraint failed.",
            Sivi.Schemas.Validation.ValidationErrorKind.Schema)),
        new ReceivingError(ReceivingErrorKind.SchemaInvalid, new string('x', 600)),
    ];

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Processed_and_refused_answers_are_valid_under_our_schemas(string release) =>
        await AssertValidAsync(await ReceivingSchemas.OursAsync(), release);

    [RequiresOfficialSchemasTheory]
    [MemberData(nameof(Releases))]
    public async Task Processed_and_refused_answers_are_valid_under_the_official_schemas(string release) =>
        await AssertValidAsync((await ReceivingSchemas.OfficialAsync())!, release);

    private static async Task AssertValidAsync(Sivi.Schemas.Validation.SiviValidator validator, string release)
    {
        var processed = Builder.Build(null, Header(release), processed: true, [])!;
        var refused = Builder.Build(null, Header(release), processed: false, Errors())!;
        var bare = Builder.Build(null, Header(release), processed: false, [])!;
        foreach (var message in new[] { processed, refused, bare })
        {
            var bytes = await SiviMessageWriter.Default.ToBytesAsync(message);
            Assert.Equal("", await ReceivingSchemas.ErrorsAsync(validator, bytes, release));
        }
        Assert.Equal(("02", 0), (processed.BrAlg!.SrtRetmldngCd, processed.Foutmldng.Count));
        Assert.Equal(("03", 3), (refused.BrAlg!.SrtRetmldngCd, refused.Foutmldng.Count));
        Assert.Equal("99", Assert.Single(bare.Foutmldng).SrtFoutCd);
    }

    [Fact]
    public void The_answer_goes_back_to_the_sender_echoes_the_berrefnr_and_test_flag_and_never_asks_a_receipt()
    {
        var answer = Builder.Build(null, Header("2024") with { TestJN = "J" }, processed: false, Errors())!;

        Assert.Equal("2024", answer.Release);
        Assert.Equal(("ARBODIENST", "HR-SYSTEEM", "0190f3c1a2b34c5d8e9f0a1b2c3d4e5f", "J", "N"),
            (answer.BrAlg!.IdInzndr, answer.BrAlg.IdOntvngr, answer.BrAlg.BerrefnrIngzndnBer, answer.BrAlg.TestJN, answer.BrAlg.OntvngstbevJN));
        Assert.Equal(("99999", "00003"), (answer.BrAlg.BrCd, answer.BrAlg.VnrBrCd));
        Assert.NotEqual(answer.BrAlg.BerrefnrIngzndnBer, answer.BrAlg.Berrefnr);
        Assert.Equal(["06", "01", "01"], answer.Foutmldng.Select(f => f.SrtFoutCd));
        var schema = answer.Foutmldng[1].Toelchtng!;
        Assert.Equal("Schemafout op regel 12, kolom 7 (/Verzuimmeldingen/Wrkgvr[1]/Wrknmr[1]/SofiNr): The 'SofiNr' element is invalid - The value '…' is invalid according to its datatype 'Sofinummer' - The Pattern constraint failed.", schema);
        Assert.Equal(512, answer.Foutmldng[2].Toelchtng!.Length);
    }

    [Fact]
    public void Without_the_senders_ids_the_account_and_environment_ids_are_used()
    {
        var header = new ReceivedHeader("Verzuimmeldingen", "2025", "ref-1", null, null, null, null);
        Assert.Equal(("ARBO", "ONBEKEND"), (Builder.Build(null, header, false, [])!.BrAlg!.IdInzndr, Builder.Build(null, header, false, [])!.BrAlg!.IdOntvngr));
        var account = Gateway.Receiving.Accounts.ReceivingAccount.Create("acme", new()
        {
            AuthorisedEmployers = ["WG-0001"],
            ImportConfigurations = [new() { MessageType = "Verzuimmeldingen", Release = "2025" }],
            OwnIdentification = "ARBO-ACME",
            PartnerIdentification = "ACME-HR",
        });
        var answer = Builder.Build(account, header, false, [])!;
        Assert.Equal(("ARBO-ACME", "ACME-HR"), (answer.BrAlg!.IdInzndr, answer.BrAlg.IdOntvngr));
    }

    [Fact]
    public void No_answer_without_a_berrefnr_or_in_a_release_without_retourmelding()
    {
        Assert.Null(Builder.Build(null, Header("2024", berrefnr: null), processed: false, Errors()));
        Assert.Null(Builder.Build(null, Header("2024", berrefnr: new string('a', 513)), processed: false, Errors()));
        Assert.Null(Builder.Build(null, Header("2019"), processed: false, Errors()));
        Assert.Null(Builder.Build(null, ReceivedHeader.Empty, processed: false, Errors()));
    }

    [Fact]
    public void Very_many_errors_are_summed_up_in_the_last_foutmelding()
    {
        var many = Enumerable.Range(1, 120).Select(i => ReceivingErrors.SequenceInvalid("WG-0001", $"CASE-{i}")).ToList();
        var answer = Builder.Build(null, Header("2026"), processed: false, many)!;
        Assert.Equal(RetourmeldingBuilder.MaxFoutmeldingen, answer.Foutmldng.Count);
        Assert.StartsWith("En nog 71 fouten", answer.Foutmldng[^1].Toelchtng, StringComparison.Ordinal);
    }
}

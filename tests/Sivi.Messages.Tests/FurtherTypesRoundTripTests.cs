using System.Text;
using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Messages.Reading;
using Sivi.Messages.Tests.Support;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Tests;

/// <summary>
/// Every release of Afspraken, Documenten, MedischeKaart, AanvraagPreventieveDiensten and VerwerkingsmeldingWgr-Arbo:
/// a message built through the model is valid under our schema for that release, reads back as the same type and
/// release, and writes again to the same bytes.
/// </summary>
public sealed class FurtherTypesRoundTripTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in FurtherTypeSamples.Types)
        {
            foreach (var release in SiviDefinitions.Embedded.Releases.Where(r => SiviDefinitions.Embedded.Exists(type, r)))
            {
                data.Add(type, release);
            }
        }
        return data;
    }

    [Fact]
    public void Every_release_of_each_type_is_covered()
    {
        // Afspraken and AanvraagPreventieveDiensten in 4 releases; Documenten (no 2024), MedischeKaart and the
        // Verwerkingsmelding (from 2024) in 3
        Assert.Equal(17, Cases().Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_valid_message_survives_write_read_write(string type, string release)
    {
        var written = await SiviMessageWriter.Default.ToBytesAsync(FurtherTypeSamples.Build(type, release));
        Assert.Empty(OwnSchemas.Validate(written, release, type));

        var read = await SiviMessageReader.Default.ReadAsync(new MemoryStream(written));
        var again = await SiviMessageWriter.Default.ToBytesAsync(read);

        Assert.Equal((type, release), (read.MessageName, read.Release));
        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(again));
    }

    [Theory]
    [InlineData("Documenten", "2025")]
    [InlineData("MedischeKaart", "2024")]
    public async Task The_document_comes_back_as_it_was_sent(string type, string release)
    {
        var written = await SiviMessageWriter.Default.ToBytesAsync(FurtherTypeSamples.Build(type, release));

        var read = await SiviMessageReader.Default.ReadAsync(new MemoryStream(written));

        var document = Assert.Single(read is Documenten d ? d.Document : ((MedischeKaart)read).Document);
        Assert.Equal(FurtherTypeSamples.Pdf, document.Datastring);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(Convert.FromBase64String(document.Datastring!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afspraken_2026_is_written_with_its_shortened_group_names_and_refuses_the_old_ones()
    {
        var text = Encoding.UTF8.GetString(await SiviMessageWriter.Default.ToBytesAsync(FurtherTypeSamples.Build("Afspraken", "2026")));
        Assert.Contains("<Arbdnst>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<Arbodienst>", text, StringComparison.Ordinal);

        var mixed = (Afspraken)FurtherTypeSamples.Build("Afspraken", "2026");
        mixed.Werkgever = new Werkgever { HndlsnmOrg = "Oud B.V." };
        var error = await Assert.ThrowsAsync<SiviWriteException>(() => SiviMessageWriter.Default.ToBytesAsync(mixed));
        Assert.Contains("/Afspraken/Werkgever", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_factory_leaves_out_what_the_release_has_not_and_refuses_open_codes()
    {
        var factory = new BrAlgFactory(SiviDefinitions.Embedded, TimeProvider.System);

        var documenten = factory.Create("Documenten", "2026", SampleMessages.Link);
        var error = Assert.Throws<InvalidOperationException>(() => factory.Create("VerwerkingsmeldingWgr-Arbo", "2026", SampleMessages.Link));

        Assert.Equal(("00500", "00006"), (documenten.BrCd, documenten.VnrBrCd));
        Assert.Null(documenten.GebrSwPakket);
        Assert.Contains("VerwerkingsmeldingWgr-Arbo 2026", error.Message, StringComparison.Ordinal);
    }
}

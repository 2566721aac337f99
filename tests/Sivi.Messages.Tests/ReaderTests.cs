using System.Text;
using Sivi.Messages.Model;
using Sivi.Messages.Reading;
using Sivi.Messages.Tests.Support;
using Sivi.Messages.Writing;

namespace Sivi.Messages.Tests;

public class ReaderTests
{
    [Fact]
    public async Task Reads_type_release_and_values()
    {
        var bytes = await SiviMessageWriter.Default.ToBytesAsync(SampleMessages.Verzuimmelding("2026"));
        var message = await SiviMessageReader.Default.ReadAsync(new MemoryStream(bytes));
        var vz = Assert.IsType<Verzuimmeldingen>(message);
        Assert.Equal("2026", vz.Release);
        var vrzm = vz.Wrkgvr[0].Wrknmr[0].Dnstvbnd[0].Vrzm[0];
        Assert.Equal(100.00m, vrzm.PrcVrzm);
        Assert.Equal(new DateOnly(2026, 3, 2), vrzm.DatEerstVrzmdg!.Value.Date);
        Assert.Equal("jansen", vrzm.Cntprsn[0].Achternaam!.ToLowerInvariant());
    }

    [Fact]
    public async Task Read_then_write_gives_the_same_bytes()
    {
        var first = await SiviMessageWriter.Default.ToBytesAsync(SampleMessages.Verzuimmelding("2024"));
        var again = await SiviMessageWriter.Default.ToBytesAsync(await SiviMessageReader.Default.ReadAsync(new MemoryStream(first)));
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(again));
    }

    [Fact]
    public async Task A_release_an_operator_installed_is_read_as_its_nearest_described_release_only_when_asked()
    {
        var xml = Encoding.UTF8.GetString(await SiviMessageWriter.Default.ToBytesAsync(SampleMessages.Verzuimmelding("2022")))
            .Replace("/Verzuimmeldingen/2022", "/Verzuimmeldingen/2021", StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.Default.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        var read = await SiviMessageReader.InstalledAsNearest.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        Assert.Contains("is not a known SIVI message type and release", refused.Message, StringComparison.Ordinal);
        var vz = Assert.IsType<Verzuimmeldingen>(read);
        Assert.Equal("2022", vz.Release);
        Assert.Equal(100.00m, vz.Wrkgvr[0].Wrknmr[0].Dnstvbnd[0].Vrzm[0].PrcVrzm);
        // an element the nearest release does not define is still refused, never dropped
        var foreign = xml.Replace("<PrcVrzm>", "<Onbekend>x</Onbekend><PrcVrzm>", StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.InstalledAsNearest.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(foreign))));
        Assert.Contains("'Onbekend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_element_the_release_does_not_know_is_an_error_with_position()
    {
        var xml = """
            <?xml version="1.0"?>
            <Retourmelding1 xmlns="http://www.sivi.org/Verzuimmanagement/Retourmelding1/2024">
              <BrAlg>
                <BrCd>99999</BrCd>
                <Onbekend>x</Onbekend>
              </BrAlg>
            </Retourmelding1>
            """;
        var error = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.Default.ReadAsync(Stream(xml)));
        Assert.Equal(5, error.Line);
        Assert.Equal("/Retourmelding1/BrAlg", error.ElementPath);
        Assert.Contains("Onbekend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparsable_value_is_an_error_naming_the_element()
    {
        var xml = """
            <Retourmelding1 xmlns="http://www.sivi.org/Verzuimmanagement/Retourmelding1/2025"><BrAlg><BrCd>99999</BrCd><VnrBrCd>00003</VnrBrCd><AandatBr>2025-13-01</AandatBr></BrAlg></Retourmelding1>
            """;
        var error = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.Default.ReadAsync(Stream(xml)));
        Assert.Equal("/Retourmelding1/BrAlg/AandatBr", error.ElementPath);
    }

    [Theory]
    [InlineData("<Verzuimmeldingen xmlns=\"http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2019\"/>", "2019")]
    [InlineData("<Afspraken xmlns=\"http://www.sivi.org/Verzuimmanagement/Afspraken/2023\"/>", "Afspraken")]
    [InlineData("<Documenten xmlns=\"http://www.sivi.org/Verzuimmanagement/Documenten/2024\"/>", "Documenten")]
    [InlineData("<a>", "")]
    [InlineData("", "")]
    public async Task Unknown_or_broken_documents_are_clear_errors(string xml, string mentioned)
    {
        var error = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.Default.ReadAsync(Stream(xml)));
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Afspraken_is_a_known_type()
    {
        var message = await SiviMessageReader.Default.ReadAsync(Stream("<Afspraken xmlns=\"http://www.sivi.org/Verzuimmanagement/Afspraken/2024\"/>"));

        Assert.Equal(("Afspraken", "2024"), (Assert.IsType<Afspraken>(message).MessageName, message.Release));
    }

    [Fact]
    public async Task Dtds_are_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Retourmelding1 xmlns=\"http://www.sivi.org/Verzuimmanagement/Retourmelding1/2024\">&x;</Retourmelding1>";
        var error = await Assert.ThrowsAsync<SiviReadException>(() => SiviMessageReader.Default.ReadAsync(Stream(xml)));
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}

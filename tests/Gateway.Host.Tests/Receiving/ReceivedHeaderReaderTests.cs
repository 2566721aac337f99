using System.Text;
using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Tests;

public class ReceivedHeaderReaderTests
{
    private const string Head = """
        <?xml version="1.0" encoding="utf-8"?>
        <Verzuimmeldingen xmlns="http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2025">
          <BrAlg>
            <BrCd>00100</BrCd>
            <IdInzndr>HR</IdInzndr>
            <IdOntvngr>ARBO</IdOntvngr>
            <Berrefnr> ref-42 </Berrefnr>
            <TestJN>N</TestJN>
            <OntvngstbevJN>J</OntvngstbevJN>
          </BrAlg>
        """;

    private static ReceivedHeader Read(string xml) => ReceivedHeaderReader.Read(Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void The_header_of_a_file_broken_after_brAlg_is_read() =>
        Assert.Equal(new ReceivedHeader("Verzuimmeldingen", "2025", "ref-42", "HR", "ARBO", "N", "J"), Read(Head + "<Wrkgvr><oops></Wrkgvr>"));

    [Fact]
    public void A_file_broken_inside_brAlg_keeps_what_came_before()
    {
        var header = Read(Head[..Head.IndexOf("<Berrefnr>", StringComparison.Ordinal)] + "<Berrefnr>x</Berref");
        Assert.Equal(("HR", "ARBO", null), (header.IdInzndr, header.IdOntvngr, header.Berrefnr));
        Assert.Equal("2025", header.Release);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<!DOCTYPE x [<!ENTITY e 'boom'>]><x>&e;</x>")]
    public void Nothing_is_read_from_a_file_that_is_not_xml(string text) =>
        Assert.Null(Read(text).Berrefnr);

    [Theory]
    [InlineData("http://www.sivi.org/Verzuimmanagement/Retourmelding1/2022", "2022")]
    [InlineData("http://www.sivi.org/Verzuimmanagement/WerknemerGegevens/2019", "2019")]
    [InlineData("http://example.com/Verzuimmeldingen/2024", null)]
    [InlineData("", null)]
    public void The_release_is_the_year_of_a_sivi_namespace(string ns, string? release) =>
        Assert.Equal(release, ReceivedHeaderReader.ReleaseOf(ns));
}

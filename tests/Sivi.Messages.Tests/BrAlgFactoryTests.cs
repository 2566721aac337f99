using Sivi.Messages.Header;
using Sivi.Messages.Tests.Support;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Tests;

public class BrAlgFactoryTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29", "01:59:59")] // last second of winter time
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29", "03:00:00")] // summer time starts
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25", "02:30:00")] // first 02:30 (summer time)
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25", "02:30:00")] // second 02:30 (winter time)
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01", "00:30:00")]
    public void Creation_date_and_time_are_Dutch_local_time(string utc, string date, string time)
    {
        var factory = new BrAlgFactory(SiviDefinitions.Embedded, new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
        var header = factory.Create("Dienstverbanden", "2026", SampleMessages.Link);
        Assert.Equal(date, header.AandatBr.ToString());
        Assert.Equal(time, header.AantijdBr.ToString());
    }

    [Fact]
    public void Codes_flags_and_identifications_come_from_release_and_link()
    {
        var factory = new BrAlgFactory(SiviDefinitions.Embedded, TimeProvider.System);
        var header = factory.Create("WerknemersGegevens", "2025", SampleMessages.Link with { Test = true, OntvangstbevestigingGevraagd = false });
        Assert.Equal(("00600", "00006"), (header.BrCd, header.VnrBrCd));
        Assert.Equal(("J", "N"), (header.TestJN, header.OntvngstbevJN));
        Assert.Equal(("GATEWAY-TEST", "ARBODIENST-TEST"), (header.IdInzndr, header.IdOntvngr));
    }

    [Fact]
    public void Every_header_gets_a_new_berrefnr()
    {
        var factory = new BrAlgFactory(SiviDefinitions.Embedded, TimeProvider.System);
        var references = Enumerable.Range(0, 10_000).Select(_ => factory.Create("Verzuimmeldingen", "2024", SampleMessages.Link).Berrefnr).ToList();
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches("^[0-9a-f]{32}$", r!));
    }
}

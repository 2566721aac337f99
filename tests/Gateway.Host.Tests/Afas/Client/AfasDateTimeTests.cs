using System.Globalization;
using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Time;

namespace Gateway.Afas.Tests.Client;

public class AfasDateTimeTests
{
    [Theory]
    [InlineData("2023-02-22T09:05:45Z", "2023-02-22T09:05:45+01:00")]
    [InlineData("2024-01-15T12:00:00Z", "2024-01-15T12:00:00+01:00")]
    [InlineData("2024-07-01T12:00:00Z", "2024-07-01T12:00:00+02:00")]
    [InlineData("2024-03-31T01:59:59Z", "2024-03-31T01:59:59+01:00")]
    [InlineData("2024-03-31T03:00:00Z", "2024-03-31T03:00:00+02:00")]
    [InlineData("2024-03-31T02:30:00Z", "2024-03-31T03:30:00+02:00")] // skipped hour: read as winter time
    [InlineData("2024-10-27T02:30:00Z", "2024-10-27T02:30:00+02:00")] // repeated hour: first occurrence
    [InlineData("2024-10-27T03:00:00Z", "2024-10-27T03:00:00+01:00")]
    [InlineData("2024-07-01T12:00:00.250Z", "2024-07-01T12:00:00.250+02:00")]
    [InlineData("2024-07-01T12:00:00+00:00", "2024-07-01T12:00:00+00:00")] // an explicit offset is real
    [InlineData("2024-07-01", "2024-07-01T00:00:00+02:00")]
    public void Afas_date_times_are_amsterdam_wall_clock_times(string text, string expected)
    {
        Assert.True(AfasDateText.TryParseDateTime(text, out var instant));
        var wanted = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(wanted, instant);
        Assert.Equal(wanted.Offset, instant.Offset);
    }

    [Theory]
    [InlineData("2023-02-18T00:00:00Z", 2023, 2, 18)]
    [InlineData("2023-02-18T23:30:00Z", 2023, 2, 18)]
    [InlineData("2024-03-31T02:30:00Z", 2024, 3, 31)]
    [InlineData("2023-02-18", 2023, 2, 18)]
    public void Date_fields_take_the_date_as_written(string text, int year, int month, int day)
    {
        Assert.True(AfasDateText.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("18-02-2023")]
    [InlineData("2023-02-30T00:00:00Z")]
    [InlineData("2023-02-18X00")]
    public void Malformed_dates_are_refused(string text)
    {
        Assert.False(AfasDateText.TryParseDate(text, out _));
        Assert.False(AfasDateText.TryParseDateTime(text, out _));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T23:59:59")]
    public void A_date_time_on_the_first_day_of_the_range_is_refused_as_an_instant_but_reads_as_a_date(string text)
    {
        Assert.False(AfasDateText.TryParseDateTime(text, out _));
        Assert.True(AfasDateText.TryParseDate(text, out var date));
        Assert.Equal(DateOnly.MinValue, date);
        Assert.True(AfasDateText.TryParseDateTime("9999-12-31T23:59:59", out var last));
        Assert.Equal(TimeSpan.FromHours(1), last.Offset);
    }

    [Fact]
    public void The_usual_shapes_read_as_the_general_formats_read_them()
    {
        string[] texts =
        [
            "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-00-10", "2024-04-31",
            "2024-1-01", "２０２４-01-01", "2024-01-01T00:00:00", "2024-01-01T23:59:59Z", "2024-01-01T24:00:00", "2024-01-01T12:60:00",
            "2024-01-01T12:00:60Z", "2024-03-31T02:30:00", "2024-10-27T02:30:00Z", "2024-01-01T1:00:00", "2024-01-01 12:00:00",
            " 2024-01-01T12:00:00Z ", "2024-01-01T12:00:00.5Z", "2024-01-01T12:00:00+02:00",
        ];
        foreach (var text in texts)
        {
            var trimmed = text.Trim();
            var datePart = trimmed.Length >= 10 ? trimmed[..10] : trimmed;
            var expectedDate = (trimmed.Length == 10 || (trimmed.Length > 10 && trimmed[10] is 'T' or ' ' && IsTimeOfDay(trimmed[11..])))
                && DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
            Assert.Equal(expectedDate, AfasDateText.TryParseDate(text, out var read) ? read : null);

            var local = trimmed.EndsWith('Z') ? trimmed[..^1] : trimmed;
            DateTimeOffset? expectedInstant =
                !trimmed.EndsWith('Z') && DateTimeOffset.TryParseExact(local, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset) ? offset
                : DateTime.TryParseExact(local, ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock) ? AmsterdamTime.FromLocal(wallClock) : null;
            var instant = AfasDateText.TryParseDateTime(text, out var parsed) ? parsed : (DateTimeOffset?)null;
            Assert.Equal(expectedInstant, instant);
            Assert.Equal(expectedInstant?.Offset, instant?.Offset);
        }
    }

    [Fact]
    public void Filter_values_are_written_as_amsterdam_wall_clock_time()
    {
        var instant = new DateTimeOffset(2024, 7, 1, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal("2024-07-01T12:00:00", AfasDateText.Format(instant));
        Assert.Equal("2024-01-01", AfasDateText.Format(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public async Task Simulator_moments_read_back_as_the_same_wall_clock_with_the_offset_of_their_season()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 120);
        var rows = await AfasPagingTests.ReadAllAsync<VerzuimRow>(server.Client(o => o.PageSize = 1000));
        using var raw = JsonDocument.Parse(await server.RawAsync(AfasConnectorIds.Verzuim,
            "?skip=0&take=-1&orderbyfieldids=Guid_verzuimmelding,GUID_verzuimverloop"));
        var rawRows = raw.RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(rawRows.Count, rows.Count);
        var offsets = new HashSet<TimeSpan>();
        for (var i = 0; i < rows.Count; i++)
        {
            var text = rawRows[i].GetProperty(VerzuimFields.Verloop_Gewijzigd_Op).GetString()!;
            Assert.EndsWith("Z", text, StringComparison.Ordinal);
            var wallClock = DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var parsed = rows[i].Verloop_Gewijzigd_Op!.Value;
            Assert.Equal(wallClock, parsed.DateTime);
            Assert.Equal(AmsterdamTime.Zone.GetUtcOffset(wallClock), parsed.Offset);
            offsets.Add(parsed.Offset);
            var begin = rawRows[i].GetProperty(VerzuimFields.Begin).GetString()!;
            Assert.Equal(begin[..10], rows[i].Begin!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2)], offsets.Order());
    }

    [Fact]
    public async Task Null_and_empty_text_from_the_simulator_stay_apart()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 200);
        var rows = await AfasPagingTests.ReadAllAsync<MedewerkerGegevensRow>(server.Client(o => o.PageSize = 1000));
        using var raw = JsonDocument.Parse(await server.RawAsync(AfasConnectorIds.MedewerkerGegevens,
            "?skip=0&take=-1&orderbyfieldids=GUID,Dienstverbandnummer,Contractnummer"));
        var rawRows = raw.RootElement.GetProperty("rows").EnumerateArray().ToList();

        var kinds = new HashSet<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rawMail = rawRows[i].GetProperty(MedewerkerGegevensFields.E_mail_prive);
            if (rawMail.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(rows[i].E_mail_prive);
                kinds.Add("null");
            }
            else if (rawMail.GetString()!.Length == 0)
            {
                Assert.Equal("", rows[i].E_mail_prive);
                kinds.Add("empty");
            }
            else
            {
                Assert.Equal(rawMail.GetString(), rows[i].E_mail_prive);
                kinds.Add("value");
            }
        }
        Assert.Equal(["empty", "null", "value"], kinds.Order(StringComparer.Ordinal));
    }

    /// <summary>What may follow a date in a date field, as the general formats read it: a time of day and a zone "Z" or "+HH:mm".</summary>
    private static bool IsTimeOfDay(string tail)
    {
        var probe = "2000-01-01T" + tail;
        var zulu = probe.EndsWith('Z');
        var local = zulu ? probe[..^1] : probe;
        return DateTime.TryParseExact(local, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || (!zulu && DateTimeOffset.TryParseExact(local, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }
}

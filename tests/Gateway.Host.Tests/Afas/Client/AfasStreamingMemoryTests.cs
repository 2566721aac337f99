using Gateway.Afas.Rows;
using Xunit.Abstractions;

namespace Gateway.Afas.Tests.Client;

public class AfasStreamingMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Streaming_100000_employees_keeps_memory_bounded_by_a_page()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 100_000, seed: 9);
        var client = server.Client(o => o.PageSize = 2000);
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var rows = 0;
        var pages = 0;

        await foreach (var page in client.ReadPagesAsync<MedewerkerGegevensRow>())
        {
            rows += page.Rows.Count;
            if (++pages % 10 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        output.WriteLine($"{rows} rows in {pages} pages; peak {peak / 1024} KiB above the baseline");
        Assert.True(rows > 100_000, $"{rows} rows");
        // holding all rows would take hundreds of MB; a page of 2000 rows is a few MB
        Assert.True(peak < 48L * 1024 * 1024, $"{peak / (1024 * 1024)} MB above the baseline while streaming");
    }
}

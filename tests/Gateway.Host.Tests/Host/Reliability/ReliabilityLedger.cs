using System.Text;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.Reliability;

/// <summary>What the tests against a real `gateway run` share: a seeded ledger of one account, its counts, and the process's log.</summary>
internal static class ReliabilityLedger
{
    /// <summary>
    /// <paramref name="cases"/> cases of <paramref name="perCase"/> messages for account <c>arbo</c>, created round-robin
    /// over the cases so every case's messages are spread over the run; returns each file name with its body.
    /// </summary>
    public static async Task<Dictionary<string, string>> SeedAsync(GatewayDatabase database, int cases, int perCase)
    {
        var expected = new Dictionary<string, string>();
        await using var context = database.CreateContext();
        var now = DateTime.UtcNow;
        for (var sequence = 1; sequence <= perCase; sequence++)
        {
            for (var c = 0; c < cases; c++)
            {
                var caseKey = $"C{c:D4}";
                var name = $"VZ_{caseKey}-{sequence:D2}.xml";
                var body = $"<Verzuimmeldingen case=\"{caseKey}\" seq=\"{sequence}\"/>";
                expected[name] = body;
                await LedgerWriter.AddAsync(context, new NewLedgerMessage("arbo", "Verzuimmeldingen", "2025", caseKey, $"{caseKey}-{sequence:D2}", name, Encoding.UTF8.GetBytes(body)), now, default);
            }
        }
        await context.SaveChangesAsync();
        return expected;
    }

    /// <summary>
    /// Every seeded message is at <paramref name="receiver"/> exactly once with its exact body, and each case's messages
    /// arrived (file times) and were recorded delivered (ledger times) in creation order.
    /// </summary>
    public static async Task AssertDeliveredOnceInOrderAsync(GatewayDatabase database, Dictionary<string, string> expected, string receiver)
    {
        var files = Directory.GetFiles(receiver).Select(Path.GetFileName).ToList();
        Assert.Equal(expected.Keys.Order(), files.Order()!);
        foreach (var (name, body) in expected)
        {
            Assert.Equal(body, await File.ReadAllTextAsync(Path.Combine(receiver, name)));
        }
        foreach (var caseFiles in expected.Keys.GroupBy(name => name[..name.LastIndexOf('-')]))
        {
            var arrival = caseFiles.Order(StringComparer.Ordinal).Select(name => File.GetLastWriteTimeUtc(Path.Combine(receiver, name))).ToList();
            Assert.True(arrival.SequenceEqual(arrival.Order()), $"case {caseFiles.Key} arrived out of order");
        }
        await using var context = database.CreateContext();
        var delivered = await context.LedgerMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.CaseKey, m.DeliveredUtc }).ToListAsync();
        Assert.All(delivered.GroupBy(m => m.CaseKey),
            g => Assert.True(g.Select(m => m.DeliveredUtc).SequenceEqual(g.Select(m => m.DeliveredUtc).Order()), $"case {g.Key} recorded out of order"));
    }

    public static async Task<int> CountAsync(GatewayDatabase database, LedgerState state)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.CountAsync(m => m.State == state);
    }

    /// <summary>The last lines of the gateway's log in <paramref name="directory"/> (<see cref="GatewayProcess"/> writes it), for failure messages.</summary>
    public static string LogTail(string directory)
    {
        var log = Path.Combine(directory, "gateway.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log)";
    }
}

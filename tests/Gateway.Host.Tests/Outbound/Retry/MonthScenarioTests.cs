using System.Xml.Linq;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Transport.Delivery;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Retry;

/// <summary>
/// Seed 000's self-healing over a month: two gateways pull the same AFAS environment for 30 simulated evenings, convert
/// and deliver into a receiver's folder. In one, employer 01 lacks its loonheffingennummer until day 15 (its messages
/// fall out as transformation uitval); then the cause is fixed and nobody touches the uitval. At the end that gateway has
/// no open uitval outside Verzuim and its receiver holds what the clean gateway's receiver holds: for every message type
/// and case the same last message. Compared without what legitimately depends on when a message went out: the envelope
/// (BrAlg: Berrefnr, date and time), the employer's staff strength (Personeelssterkte, counted on the day its message is
/// made) and the loonheffingennummer in Verzuimmeldingen (optional there, so the healed gateway's absences of the broken
/// weeks went out valid without it, and SIVI's mutations are not sent again without a change).
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class MonthScenarioTests(PostgresServer postgres) : IDisposable
{
    private const int Days = 30;
    private const int FixedOnDay = 15;
    private readonly string _root = Directory.CreateTempSubdirectory("gateway-month-").FullName;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_cause_fixed_mid_month_ends_with_no_open_uitval_and_the_receiver_holding_what_a_clean_run_delivered(string provider)
    {
        var clean = await RunMonthAsync(provider, Path.Combine(_root, "clean"), brokenUntilDay: 0);
        var healed = await RunMonthAsync(provider, Path.Combine(_root, "healed"), brokenUntilDay: FixedOnDay);

        Assert.True(healed.FellOut > 0, "the cause made nothing fall out");
        Assert.Empty(healed.OpenUitval);
        Assert.Empty(clean.OpenUitval);
        Assert.True(clean.Receiver.Count > 100, $"only {clean.Receiver.Count} (type, case) pairs delivered");
        var missing = clean.Receiver.Where(c => !healed.Receiver.TryGetValue(c.Key, out var body) || body != c.Value).Select(c => c.Key).ToList();
        var extra = healed.Receiver.Keys.Except(clean.Receiver.Keys).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"the healed receiver differs: {missing.Count} missing or different ({string.Join(", ", missing.Take(5))}), {extra.Count} extra ({string.Join(", ", extra.Take(5))})");
    }

    private async Task<MonthResult> RunMonthAsync(string provider, string receiver, int brokenUntilDay)
    {
        await using var harness = await RetryHarness.StartAsync(provider, postgres);
        var fellOut = 0;
        for (var day = 0; day <= Days; day++)
        {
            if (day > 0)
            {
                await harness.NextEveningAsync();
            }
            await harness.ConvertAsync(await harness.ProfileAsync(withoutLoonheffingennummer: day < brokenUntilDay));
            await using (var folder = TransferFolderTarget.LocalFolder(receiver))
            {
                await harness.Dispatcher.RunOnceAsync("arbo", folder, default);
            }
            if (day < brokenUntilDay)
            {
                fellOut = Math.Max(fellOut, (await harness.UitvalAsync()).Count(u => u.Status == UitvalStatus.Open && u.Connector != AfasConnectorIds.Verzuim));
            }
        }
        var open = (await harness.UitvalAsync()).Where(u => u.Status == UitvalStatus.Open && u.Connector != AfasConnectorIds.Verzuim)
            .Select(u => $"{u.Connector} {u.RecordKey} {u.Stage}: {u.Reason}").ToList();
        return new MonthResult(fellOut, open, await LastPerCaseAsync(harness, receiver));
    }

    /// <summary>What the receiver holds: per message type and case, the content of the last file delivered.</summary>
    private static async Task<Dictionary<string, string>> LastPerCaseAsync(RetryHarness harness, string receiver)
    {
        await using var context = harness.Gateway.Database.CreateContext();
        var delivered = await context.LedgerMessages.AsNoTracking().Where(m => m.State == LedgerState.Delivered)
            .OrderBy(m => m.Id).Select(m => new { m.MessageType, m.CaseKey, m.FileName }).ToListAsync();
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in delivered)
        {
            var document = XDocument.Load(Path.Combine(receiver, message.FileName));
            document.Root!.Elements().Where(e => e.Name.LocalName == "BrAlg").Remove();
            document.Root.Descendants().Where(e => e.Name.LocalName == "Personeelssterkte").Remove();
            if (message.MessageType == "Verzuimmeldingen")
            {
                document.Root.Descendants().Where(e => e.Name.LocalName == "Lhnr").Remove();
            }
            last[$"{message.MessageType} {message.CaseKey}"] = document.Root.ToString(SaveOptions.DisableFormatting);
        }
        return last;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed record MonthResult(int FellOut, List<string> OpenUitval, Dictionary<string, string> Receiver);
}

using System.Xml.Linq;
using Gateway.Afas.Rows;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Employers;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>
/// Employees join and leave while nothing of the employers changes (the simulator's employers and units stay as they
/// are): each employer whose Personeelssterkte differs from the one its last WerkgeversGegevensBasisregistratie carried
/// is sent again with the new count and no units; one whose count stayed is not; a run without a change sends nothing.
/// On SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class StaffCountChangeTests(PostgresServer postgres)
{
    private const string WerkgeversGegevens = "WerkgeversGegevensBasisregistratie";

    /// <summary>The counts of an employer without employees in force.</summary>
    private const string Nobody = "0||0||0|";

    private static readonly string[] CountNames = ["AantWrknmrs", "AantFTE", "AantVrouwelijkeWrknmrs", "AantVrouwelijkeFTE", "AantMannelijkeWrknmrs", "AantMannelijkeFTE"];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_changed_staff_count_alone_sends_the_employer_again_with_the_new_count(string provider)
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 80, seed: 11, provider: provider, postgres: postgres);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();
        var account = new PartnerAccountOptions { Name = "arbo", Integration = "acme" };
        var employers = (await gateway.StateAsync(AfasConnectorIds.Werkgevers)).Values.Select(Gateway.Afas.Sync.SourceRecordFields.Read<WerkgeverRow>).ToList();
        var profile = Profiles.For(employers, "2025", p => { p.Integration = "acme"; p.Account = "arbo"; });
        var stage = new ConversionStage(gateway.Database, await Schemas.OursAsync(), gateway.Clock, NullLoggerFactory.Instance);
        Assert.True(await stage.RunOnceAsync(account, profile, default) > 0);
        var first = await EmployerMessagesAsync(gateway);
        Assert.Equal(employers.Select(e => e.Werkgeverscode.Trim()).Order(), first.Select(m => m.Employer).Order());

        // days pass until some employer's count differs from what it was sent with; the employers' own records stay
        Dictionary<string, string?> expected = [];
        for (var day = 0; day < 60 && expected.Count == 0; day += 5)
        {
            gateway.Afas.Simulator.AdvanceDays(5);
            var results = await gateway.RunAllAsync();
            foreach (var own in new[] { AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.AccountsAutorisaties })
            {
                Assert.Equal((own, 0), (own, results[own].New + results[own].Changed + results[own].Gone));
            }
            var counts = await CountsNowAsync(gateway);
            expected = first.Where(m => m.Count != (counts.TryGetValue(m.Employer, out var c) ? c : Nobody)).ToDictionary(m => m.Employer, m => (string?)(counts.GetValueOrDefault(m.Employer) ?? Nobody));
        }
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < first.Count, "some employer keeps its count: it must not be sent again");

        await stage.RunOnceAsync(account, profile, default);

        var again = (await EmployerMessagesAsync(gateway)).Skip(first.Count).ToList();
        Assert.Equal(expected.OrderBy(e => e.Key), again.Select(m => KeyValuePair.Create(m.Employer, m.Count)).OrderBy(e => e.Key));
        Assert.All(again, m => Assert.Equal(0, m.Units));
        Assert.All(again, m => Assert.Equal(SiviConversionService.Today(gateway.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Peildatum));

        // the counts are now what the receiver has: the next changes (or none) send no employer again for them
        await gateway.RunAllAsync();
        await stage.RunOnceAsync(account, profile, default);
        Assert.Equal(first.Count + again.Count, (await EmployerMessagesAsync(gateway)).Count);
    }

    /// <summary>Every WerkgeversGegevensBasisregistratie made, oldest first: employer, its counts (AantWrknmrs|AantFTE|… as <see cref="CountNames"/>), peildatum and number of units.</summary>
    private static async Task<List<(string Employer, string? Count, string? Peildatum, int Units)>> EmployerMessagesAsync(SyncHarness gateway)
    {
        await using var context = gateway.Database.CreateContext();
        var messages = await context.LedgerMessages.AsNoTracking().Where(m => m.MessageType == WerkgeversGegevens).OrderBy(m => m.Id).ToListAsync();
        return [.. messages.Select(m =>
        {
            var body = XDocument.Parse(System.Text.Encoding.UTF8.GetString(BodyCompression.Decompress(m.Body, m.BodyLength)));
            string? Value(string name) => body.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            return (m.CaseKey!, (string?)string.Join("|", CountNames.Select(Value)), Value("PeildatPersoneelssterkte"), body.Descendants().Count(e => e.Name.LocalName == "OrgEenh"));
        })];
    }

    /// <summary>The counts per employer on the conversion date, from the stored AFAS state (as <see cref="EmployerMessagesAsync"/> gives them).</summary>
    private static async Task<Dictionary<string, string?>> CountsNowAsync(SyncHarness gateway)
    {
        await using var context = gateway.Database.CreateContext();
        var snapshot = await SourceSnapshotLoader.LoadAsync(context, "acme", default);
        return StaffStrength.CountAll(snapshot, SiviConversionService.Today(gateway.Clock)).ToDictionary(c => c.Key, c => (string?)string.Join("|", new[] { c.Value.AantWrknmrs, c.Value.AantFTE, c.Value.AantVrouwelijkeWrknmrs,
                c.Value.AantVrouwelijkeFTE, c.Value.AantMannelijkeWrknmrs, c.Value.AantMannelijkeFTE }), StringComparer.OrdinalIgnoreCase);
    }
}

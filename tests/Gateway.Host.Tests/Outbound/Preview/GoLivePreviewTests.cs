using System.Data.Common;
using System.Xml.Linq;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Outbound.Tests.Preview;

/// <summary>
/// The go-live preview against the AFAS simulator on SQLite and PostgreSQL: one employer active and converted, a second one not yet;
/// the preview of the second reads AFAS live, counts its messages per type, names the uitval a missing
/// loonheffingennummer would raise, shows samples with personal data masked — and leaves every table as it was. Then
/// the employer is activated for real: the service sends exactly the messages per type the preview announced.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class GoLivePreviewTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Preview_counts_what_activation_then_sends_names_the_uitval_masks_samples_and_stores_nothing(string provider)
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 60, seed: 7, provider: provider, postgres: postgres);
        await gateway.RunAsync(AfasConnectorIds.Werkgevers);
        var codes = (await gateway.Employers.ListAsync("acme", default)).Select(e => e.Code).Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count >= 2, "the dataset has two employers at least");
        var (live, previewed) = (codes[0], codes[1]);
        await gateway.Employers.SetActiveAsync("acme", live, true, "test", default);
        await gateway.RunAllAsync();
        var configuration = Configuration(gateway, codes, withoutLoonheffingennummer: null);
        var account = AccountCatalog.Load(configuration).Get("arbo");
        var profile = MappingProfileLoader.ForAccount(configuration, account)!;
        var stage = new ConversionStage(gateway.Database, await Schemas.OursAsync(), gateway.Clock, NullLoggerFactory.Instance);
        Assert.True(await stage.RunOnceAsync(account, profile, default) > 0);
        var before = await RowCountsAsync(gateway.Database);
        var requests = gateway.Afas.Simulator.Statistics.RequestsFor(AfasConnectorIds.MedewerkerGegevens);

        var preview = await PreviewAsync(gateway, configuration, previewed, samples: 4);

        Assert.Null(preview.PullError);
        Assert.True(preview.Found);
        Assert.False(preview.AlreadyActive);
        Assert.True(gateway.Afas.Simulator.Statistics.RequestsFor(AfasConnectorIds.MedewerkerGegevens) > requests, "AFAS was read live");
        Assert.Contains(preview.Messages, m => m.MessageType == "WerkgeversGegevensBasisregistratie" && m.Count == 1);
        Assert.Contains(preview.Messages, m => m.MessageType == "Dienstverbanden" && m.Count > 0);
        Assert.Contains(preview.Messages, m => m.MessageType == "Verzuimmeldingen" && m.Count > 0);
        Assert.DoesNotContain(preview.Uitval, u => u.Stage != "Import");
        Assert.Equal(4, preview.Samples.Count);
        Assert.Equal(preview.Messages.Count, preview.Samples.Take(preview.Messages.Count).Select(s => s.MessageType).Distinct().Count());
        AssertMasked(preview.Samples);
        Assert.Equal(before, await RowCountsAsync(gateway.Database));

        var failing = await PreviewAsync(gateway, Configuration(gateway, codes, withoutLoonheffingennummer: previewed), previewed, samples: 1);
        var uitval = Assert.Single(failing.Uitval, u => u.Connector == AfasConnectorIds.Werkgevers);
        Assert.Equal("Transformation", uitval.Stage);
        Assert.Equal("Loonheffingennummer", uitval.Field);
        Assert.Contains($"is not configured for employer {previewed}", uitval.Reason, StringComparison.Ordinal);
        Assert.Contains(failing.Uitval, u => u.Connector == AfasConnectorIds.MedewerkerGegevens && u.Field == "Loonheffingennummer");
        Assert.DoesNotContain(failing.Messages, m => m.MessageType is "WerkgeversGegevensBasisregistratie" or "Dienstverbanden");
        Assert.Equal(before, await RowCountsAsync(gateway.Database));

        // activation for real: the next sync and conversion send what the preview said, type by type
        var sent = await LedgerCountsAsync(gateway.Database);
        await gateway.Employers.SetActiveAsync("acme", previewed, true, "test", default);
        await gateway.RunAllAsync();
        await stage.RunOnceAsync(account, profile, default);
        var after = await LedgerCountsAsync(gateway.Database);
        var added = after.ToDictionary(a => a.Key, a => a.Value - sent.GetValueOrDefault(a.Key)).Where(a => a.Value > 0).ToDictionary();
        Assert.Equal(preview.Messages.ToDictionary(m => m.MessageType, m => m.Count).OrderBy(m => m.Key), added.OrderBy(m => m.Key));
    }

    [Fact]
    public async Task An_employer_AFAS_does_not_know_is_not_found_and_an_account_without_a_profile_is_refused()
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 20, seed: 5);
        var configuration = Configuration(gateway, ["01"], withoutLoonheffingennummer: null);

        var preview = await PreviewAsync(gateway, configuration, "no-such-employer", samples: 2);

        Assert.False(preview.Found);
        Assert.Empty(preview.Messages);
        var bare = new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:Accounts:bare:Integration"] = "acme" }).Build();
        await Assert.ThrowsAsync<InvalidOperationException>(() => PreviewAsync(gateway, bare, "01", samples: 1, account: "bare"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => PreviewAsync(gateway, configuration, "01", samples: 1, account: "nope"));
    }

    /// <summary>The preview as the service registers it (<c>AddGatewayOutbound</c>), on the harness's database and clock.</summary>
    private static async Task<GoLivePreview> PreviewAsync(SyncHarness gateway, IConfiguration configuration, string employer, int samples, string account = "arbo")
    {
        var services = new ServiceCollection()
            .AddSingleton(gateway.Database)
            .AddSingleton(gateway.Clock)
            .AddSingleton(await Schemas.OursAsync())
            .AddGatewayOutbound(configuration);
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<IGoLivePreview>().PreviewAsync(account, employer, samples, default);
    }

    /// <summary>Integration "acme" on the simulator and account "arbo" converting for every employer, one of them optionally without its loonheffingennummer.</summary>
    private static IConfiguration Configuration(SyncHarness gateway, List<string> codes, string? withoutLoonheffingennummer)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Integrations:acme:Afas:BaseUrl"] = gateway.Integration.Afas.BaseUrl!.ToString(),
            ["Gateway:Integrations:acme:Afas:Token"] = gateway.Integration.Afas.Token,
            ["Gateway:Integrations:acme:Afas:PageSize"] = "50",
            ["Gateway:Accounts:arbo:Integration"] = "acme",
            ["Gateway:Accounts:arbo:Mapping:Release"] = "2025",
            ["Gateway:Accounts:arbo:Mapping:IdInzndr"] = "GATEWAY-TEST",
            ["Gateway:Accounts:arbo:Mapping:IdOntvngr"] = "ARBO-TEST",
            ["Gateway:Accounts:arbo:Mapping:Test"] = "true",
        };
        for (var i = 0; i < codes.Count; i++)
        {
            var mapping = Profiles.Employer(codes[i]);
            var prefix = $"Gateway:Accounts:arbo:Mapping:Employers:{i}:";
            settings[prefix + "Werkgeverscode"] = mapping.Werkgeverscode;
            settings[prefix + "IdWrkgvrArbdnst"] = mapping.IdWrkgvrArbdnst;
            settings[prefix + "AansltnrGeguitwlngArbdnst"] = mapping.AansltnrGeguitwlngArbdnst;
            settings[prefix + "Loonheffingennummer"] = codes[i] == withoutLoonheffingennummer ? null : mapping.Loonheffingennummer;
            settings[prefix + "Contact:Achternaam"] = mapping.Contact!.Achternaam;
            settings[prefix + "Contact:Voorletters"] = mapping.Contact.Voorletters;
            settings[prefix + "Contact:Geslacht"] = mapping.Contact.Geslacht;
            settings[prefix + "Contact:Email"] = mapping.Contact.Email;
        }
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>Every value of a personal element is masked, and there are such elements to mask.</summary>
    private static void AssertMasked(IReadOnlyList<GoLivePreviewSample> samples)
    {
        var personal = samples.SelectMany(s => XDocument.Parse(s.MaskedXml).Descendants())
            .Where(e => !e.HasElements && PersonalElements.MayHoldPersonalData(e.Name.LocalName)
                && (PersonalElements.IsIdentifier(e.Name.LocalName) || PersonalElements.CategoryOf(e.Name.LocalName, e.Ancestors().Any(a => PersonalElements.IsPerson(a.Name.LocalName))) is not null))
            .ToList();
        Assert.Contains(personal, e => e.Name.LocalName == "Achternaam");
        Assert.Contains(personal, e => e.Name.LocalName == "Gebdat");
        Assert.All(personal, e => Assert.Contains(e.Value, new[] { XmlBodyMasking.Masked, PersonalDataScrubber.BsnMask, PersonalDataScrubber.IbanMask }));
    }

    private static async Task<Dictionary<string, int>> LedgerCountsAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking().GroupBy(m => m.MessageType).ToDictionaryAsync(g => g.Key, g => g.Count());
    }

    /// <summary>The number of rows of every table of the gateway's database.</summary>
    private static async Task<SortedDictionary<string, long>> RowCountsAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        var tables = context.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.Contains("LedgerMessages", tables);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = System.Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return counts;
    }
}

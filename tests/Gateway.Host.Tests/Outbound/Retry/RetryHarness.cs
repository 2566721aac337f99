using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Retry;

/// <summary>
/// The AFAS simulator, sync, conversion and delivery of the one account "arbo" (integration "acme", release 2025), with
/// a profile whose employer 01 may lack its loonheffingennummer: the cause of the transformation uitval the retry
/// tests fix, or leave.
/// </summary>
internal sealed class RetryHarness : IAsyncDisposable
{
    private RetryHarness(SyncHarness gateway, SiviValidator validator)
    {
        Gateway = gateway;
        Conversion = new ConversionStage(gateway.Database, validator, gateway.Clock, NullLoggerFactory.Instance);
        Dispatcher = new DeliveryDispatcher(gateway.Database, gateway.Clock, new DeliveryRetryPolicy { MaxAttempts = 1 },
            new Core.Outages.PartnerOutages(gateway.Database, gateway.Clock, new Core.Outages.OutageProbeOptions(), NullLogger<Core.Outages.PartnerOutages>.Instance),
            NullLogger<DeliveryDispatcher>.Instance, gateway.Accounts);
    }

    public SyncHarness Gateway { get; }

    public ConversionStage Conversion { get; }

    public DeliveryDispatcher Dispatcher { get; }

    public PartnerAccountOptions Account { get; } = new() { Name = "arbo", Integration = "acme" };

    public static async Task<RetryHarness> StartAsync(string provider, PostgresServer postgres, int employees = 60, long seed = 17)
    {
        var gateway = await SyncHarness.StartAsync(employees, seed, provider: provider, postgres: postgres);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();
        return new RetryHarness(gateway, new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd"))));
    }

    /// <summary>The account's profile; with <paramref name="withoutLoonheffingennummer"/> employer 01 has none (its WG and DV fall out).</summary>
    public async Task<MappingProfile> ProfileAsync(bool withoutLoonheffingennummer)
    {
        var employers = (await Gateway.StateAsync(AfasConnectorIds.Werkgevers)).Values.Select(SourceRecordFields.Read<WerkgeverRow>);
        return Profiles.For(employers, "2025", p =>
        {
            p.Integration = "acme";
            p.Account = "arbo";
            if (withoutLoonheffingennummer)
            {
                p.Employers.Single(e => e.Werkgeverscode == "01").Loonheffingennummer = null;
            }
        });
    }

    /// <summary>Converts everything pending for the account.</summary>
    public Task<int> ConvertAsync(MappingProfile profile) => Conversion.RunOnceAsync(Account, profile, default);

    /// <summary>The evening's scheduled full sync of every stream (a day later in AFAS).</summary>
    public async Task NextEveningAsync()
    {
        Gateway.Afas.Simulator.AdvanceDay();
        foreach (var connector in SyncOrder.Connectors)
        {
            var result = await Gateway.ScheduledAsync(connector);
            Assert.Equal(PullStatus.Succeeded, result.Status);
        }
    }

    public async Task<List<UitvalEntry>> UitvalAsync()
    {
        await using var context = Gateway.Database.CreateContext();
        return await context.Uitval.AsNoTracking().OrderBy(u => u.Id).ToListAsync();
    }

    /// <summary>The audited actions on <paramref name="entries"/>, oldest first.</summary>
    public async Task<List<string>> AuditAsync(IEnumerable<UitvalEntry> entries)
    {
        var targets = entries.Select(e => $"uitval/{e.Id}").ToList();
        await using var context = Gateway.Database.CreateContext();
        return await context.AuditLog.AsNoTracking().Where(a => targets.Contains(a.Target)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    public ValueTask DisposeAsync() => Gateway.DisposeAsync();
}

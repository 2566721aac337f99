using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Coordination;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Pipeline;

/// <summary>
/// A conversion run waits while a pull of its integration holds its lease (an organisation unit converted before the
/// employees under it arrive would fall out), is not held up by another integration's pull or by a lease a crashed pull
/// left to expire, and converts everything once the pull has let go.
/// </summary>
public sealed class ConversionWaitsForPullsTests
{
    [Fact]
    public async Task Conversion_waits_for_a_running_pull_of_its_integration_only()
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 30, seed: 3);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();
        var account = new PartnerAccountOptions { Name = "arbo", Integration = "acme", Delivery = new DeliveryOptions { Folder = Path.GetTempPath() } };
        var employers = (await gateway.StateAsync(AfasConnectorIds.Werkgevers)).Values.Select(SourceRecordFields.Read<WerkgeverRow>).ToList();
        var profile = Profiles.For(employers, "2025", p => { p.Integration = "acme"; p.Account = "arbo"; });
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        var conversion = new ConversionStage(gateway.Database, validator, gateway.Clock, NullLoggerFactory.Instance);
        var leases = new LeaseStore(gateway.Database, gateway.Clock);

        Assert.True(await leases.TryAcquireAsync(PullLeaseNames.For("other", AfasConnectorIds.Verzuim), "elsewhere", TimeSpan.FromMinutes(5), default));
        Assert.True(await leases.TryAcquireAsync(PullLeaseNames.For("acme", AfasConnectorIds.MedewerkerGegevens), "puller", TimeSpan.FromMinutes(5), default));
        Assert.Equal(0, await conversion.RunOnceAsync(account, profile, default));
        Assert.Equal(0, await MessagesAsync(gateway));

        await leases.ReleaseAsync(PullLeaseNames.For("acme", AfasConnectorIds.MedewerkerGegevens), "puller", default);
        Assert.True(await leases.TryAcquireAsync(PullLeaseNames.For("acme", AfasConnectorIds.Verzuim), "crashed", TimeSpan.FromMinutes(-1), default));
        var produced = await conversion.RunOnceAsync(account, profile, default);

        Assert.True(produced > 0);
        Assert.Equal(produced, await MessagesAsync(gateway));
        await using var context = gateway.Database.CreateContext();
        Assert.Equal(await context.SourceMutations.MaxAsync(m => m.Id), (await context.ConversionCursors.SingleAsync(c => c.Account == "arbo")).LastMutationId);
        Assert.Empty(await context.Uitval.AsNoTracking().ToListAsync());
    }

    private static async Task<int> MessagesAsync(SyncHarness gateway)
    {
        await using var context = gateway.Database.CreateContext();
        return await context.LedgerMessages.CountAsync();
    }
}

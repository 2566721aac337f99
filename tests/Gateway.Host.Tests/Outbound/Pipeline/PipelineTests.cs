using Gateway.Afas.Rows;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Tests.Convert.Support;
using Gateway.Transport.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Pipeline;

/// <summary>
/// AFAS simulator → sync → conversion → ledger → delivery into a receiver folder: every delivered file is valid
/// under SIVI's official schema, absence messages of a case carry consecutive sequence numbers across runs, and a
/// second conversion run without new mutations produces nothing.
/// </summary>
public sealed class PipelineTests : IDisposable
{
    private readonly string _receiver = Path.Combine(Path.GetTempPath(), "gateway-pipeline-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("2025")]
    [InlineData("2022")]
    public async Task Mutations_flow_to_valid_files_at_the_receiver_with_case_sequences_kept_across_runs(string release)
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 120, seed: 17);
        await gateway.ActivateAllAsync();
        await gateway.RunAllAsync();
        var account = new PartnerAccountOptions { Name = "arbo", Integration = "acme", Delivery = new DeliveryOptions { Folder = _receiver } };
        var profile = Profiles.For(await EmployersAsync(gateway), release, p => { p.Integration = "acme"; p.Account = "arbo"; });
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        var conversion = new ConversionStage(gateway.Database, validator, gateway.Clock, NullLoggerFactory.Instance);
        var dispatcher = new DeliveryDispatcher(gateway.Database, TimeProvider.System, new DeliveryRetryPolicy(),
            new Gateway.Core.Outages.PartnerOutages(gateway.Database, TimeProvider.System, new Gateway.Core.Outages.OutageProbeOptions(), NullLogger<Gateway.Core.Outages.PartnerOutages>.Instance),
            NullLogger<DeliveryDispatcher>.Instance);

        var first = await conversion.RunOnceAsync(account, profile, default);
        Assert.Equal(0, await conversion.RunOnceAsync(account, profile, default));
        gateway.Afas.Simulator.AdvanceDays(10);
        await gateway.RunAllAsync();
        var second = await conversion.RunOnceAsync(account, profile, default);
        await using var target = TransferFolderTarget.LocalFolder(_receiver);
        var delivered = await dispatcher.RunOnceAsync("arbo", target, default);

        Assert.True(first > 0);
        Assert.True(second > 0);
        Assert.Equal(first + second, delivered);
        var files = Directory.GetFiles(_receiver, "*.xml");
        Assert.Equal(delivered, files.Length);
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("VZ_", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("DV_", StringComparison.Ordinal));
        var official = new SiviValidator(await SchemaRegistry.LoadAsync(RepoPaths.OfficialSchemas ?? Path.Combine(RepoPaths.Root, "xsd")));
        foreach (var file in files)
        {
            var result = await official.ValidateFileAsync(file, release);
            Assert.True(result.IsValid, $"{Path.GetFileName(file)}: {string.Join("; ", result.Errors)}");
        }
        await using var context = gateway.Database.CreateContext();
        var sequences = await context.CaseSequences.AsNoTracking().Where(c => c.Account == "arbo").ToListAsync();
        Assert.NotEmpty(sequences);
        var absenceMessages = await context.LedgerMessages.AsNoTracking().CountAsync(m => m.MessageType == "Verzuimmeldingen");
        Assert.Equal(absenceMessages, sequences.Sum(s => s.Last));
    }

    private static async Task<List<WerkgeverRow>> EmployersAsync(SyncHarness gateway) =>
        [.. (await gateway.StateAsync(AfasConnectorIds.Werkgevers)).Values.Select(Gateway.Afas.Sync.SourceRecordFields.Read<WerkgeverRow>)];

    public void Dispose()
    {
        if (Directory.Exists(_receiver))
        {
            Directory.Delete(_receiver, recursive: true);
        }
    }
}
